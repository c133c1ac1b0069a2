#!/usr/bin/env bash
# After changing UI text: brings the .ts sources up to date with the code (then translate the
# new French entries, marked unfinished, in resources/translations/wardrobe_fr.ts).
# The set-up builds the .qm files from them; never edit or commit a .qm.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.venv/bin"
cd "$root"
mapfile -t sources < <(find ui -name "*.py" | sort)
"$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -ts resources/translations/wardrobe_fr.ts \
    -source-language en -target-language fr
"$bin/pyside6-lupdate" "${sources[@]}" -no-obsolete -pluralonly -ts resources/translations/wardrobe_en.ts \
    -source-language en -target-language en
