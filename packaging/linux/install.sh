#!/bin/sh
# Puts Wardrobe in the desktop's application menu, from where this folder was unpacked.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed "s#WARDROBE_DIR#$here#g" "$here/wardrobe.desktop" > "$apps/wardrobe.desktop"
chmod 644 "$apps/wardrobe.desktop"
echo "Wardrobe is in the applications menu ($apps/wardrobe.desktop)."
