"""Words and sentences: the core's sentences in the reader's language, text folded for search, the
stored codes and how each reads, days as people type them."""
