#!/usr/bin/env bash
# Tries the built bundle as a user's machine would run it: copied to a folder outside the
# checkout, run with no Python environment on its path (env -i): its version, the demo into a
# new inventory, the alerts, a fitting sheet printed, a CSV imported, and the window opened
# offscreen, loaded and closed. A file missing from the bundle fails one of these.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bundle="${1:-$root/dist/wardrobe}"
place="$(mktemp -d /tmp/wardrobe-bundle-XXXXXX)"
trap 'rm -rf "$place"' EXIT
cp -a "$bundle" "$place/wardrobe"
mkdir -m 700 "$place/home"
# A clean environment: nothing of this checkout's Python, only what the bundle brings.
clean=(env -i HOME="$place/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
    XDG_RUNTIME_DIR="$place/home")
run() { timeout 120 "${clean[@]}" "$place/wardrobe/wardrobe" "$@"; }
fail() { echo "try-bundle: $*" >&2; exit 1; }
cd "$place"
version="$(run --version)"
case "$version" in
    "wardrobe "*" · inventory schema "*" · Qt "*" · Python "*) echo "ok: $version" ;;
    *) fail "--version said: $version" ;;
esac
run --db "$place/inventory.db" demo >/dev/null || fail "demo"
run --db "$place/inventory.db" alerts | grep -q "to order" || fail "alerts"
run --db "$place/inventory.db" --lang fr fitting-sheet --production "Casse-Noisette" \
    -o "$place/sheets.pdf" >/dev/null || fail "fitting sheet"
[ "$(head -c 5 "$place/sheets.pdf")" = "%PDF-" ] || fail "the fitting sheets are not a PDF"
printf 'name,company,rank,waist_cm\nNouvelle Recrue,BN,quadrille,61\n' > "$place/dancers.csv"
run --db "$place/inventory.db" import dancers "$place/dancers.csv" | grep -q "Created 1" \
    || fail "import"
timeout 60 "${clean[@]}" WARDROBE_QUIT_AFTER_MS=500 "$place/wardrobe/wardrobe" \
    --db "$place/inventory.db" >"$place/window.log" 2>&1 \
    || { cat "$place/window.log" >&2; fail "the window did not open and close cleanly"; }
if grep -qiE "traceback|error" "$place/window.log"; then
    cat "$place/window.log" >&2
    fail "the window said something went wrong"
fi
echo "ok: demo, alerts, a fitting sheet, an import and the window, from $place"
