#!/usr/bin/env bash
# The core's sentences (Text(...), N_(...) in wardrobe/) into the gettext catalogues:
# resources/locale/wardrobe.pot, then each language's .po (new sentences left to translate).
# The set-up script compiles the .po files; tests/test_catalogues.py fails on any left empty.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin=.venv/bin
"$bin/pybabel" -q extract --no-location --sort-output --no-wrap \
    -k Text:1 -k N_ --project wardrobe -o resources/locale/wardrobe.pot wardrobe
for language in fr; do
    po="resources/locale/$language/LC_MESSAGES/wardrobe.po"
    if [ -f "$po" ]; then
        "$bin/pybabel" -q update --no-wrap --ignore-obsolete --no-fuzzy-matching -D wardrobe \
            -i resources/locale/wardrobe.pot -d resources/locale -l "$language"
    else
        "$bin/pybabel" -q init --no-wrap -D wardrobe \
            -i resources/locale/wardrobe.pot -d resources/locale -l "$language"
    fi
done
