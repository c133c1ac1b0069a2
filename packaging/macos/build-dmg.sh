#!/usr/bin/env bash
# macOS: the same PyInstaller spec makes dist/Wardrobe.app; this puts it in a .dmg. Run on a
# Mac (hdiutil is macOS's). Signing and notarisation need an Apple developer identity:
# codesign --deep is known to fail notarisation for a PySide6 --onedir app's Qt frameworks,
# which must be signed one by one, inside out (see packaging/README.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="$(python3 -c 'import sys; sys.path.insert(0, "'"$root"'"); import wardrobe; print(wardrobe.__version__)')"
pyinstaller --noconfirm --clean --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    "$root/packaging/wardrobe.spec"
hdiutil create -volname Wardrobe -srcfolder "$root/dist/Wardrobe.app" -ov -format UDZO \
    "$root/dist/wardrobe-$version-macos.dmg"
