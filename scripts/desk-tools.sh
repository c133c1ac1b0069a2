#!/usr/bin/env bash
# The desk suite types at a scanner's speed on a real X server: Xvfb, xdotool, and the two
# xcb libraries Qt's X11 plugin needs that a bare Debian lacks. Installed when missing and
# allowed (root), like the PostgreSQL half's server; otherwise the suite says it is skipped.
set -euo pipefail
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0; do
    ldconfig -p | grep -q "$lib" || missing+=("$(echo "$lib" | sed -E 's/\.so\.([0-9]+)/\1/')")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
    echo "The desk suite needs: ${missing[*]} (apt-get install them)" >&2
fi
