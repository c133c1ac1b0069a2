#!/usr/bin/env bash
# Builds the Linux bundle: dist/wardrobe/ (the `wardrobe` program with Python, Qt and every file
# the app reads, no Python needed on the machine), a .desktop entry and its installer, and the
# archive to hand out, dist/wardrobe-VERSION-linux-x86_64.tar.gz. PyInstaller, pinned.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"
bin="$root/.venv/bin"
if ! "$bin/python" -c "import PyInstaller" 2>/dev/null; then
    "$bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7" >&2
fi
version="$("$bin/python" -c 'import wardrobe; print(wardrobe.__version__)')"
rm -rf "$root/dist/wardrobe" "$root/build/pyinstaller"
"$bin/pyinstaller" --noconfirm --clean --log-level ERROR \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" "$root/packaging/wardrobe.spec" >&2
cp "$root/packaging/linux/wardrobe.desktop" "$root/packaging/linux/install.sh" "$root/dist/wardrobe/"
cp "$root/resources/icons/app.svg" "$root/dist/wardrobe/wardrobe.svg"
chmod +x "$root/dist/wardrobe/install.sh"
archive="$root/dist/wardrobe-$version-linux-x86_64.tar.gz"
tar -czf "$archive" -C "$root/dist" wardrobe
echo "$archive"
