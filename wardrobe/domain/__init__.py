"""The wardrobe's own knowledge, as plain values and pure functions: body measurements and their
ranges, units and their conversions, the low-stock rules, the keys lists sort by."""
