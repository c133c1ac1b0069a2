#!/usr/bin/env bash
# Runs every gate (lint, format, type check of the core), then the whole test suite on SQLite
# (with the desk suite on a real X server, Xvfb and xdotool installed when missing),
# then again on a throwaway PostgreSQL server on loopback, then builds the wheel and tries it in
# a fresh venv (scripts/try-wheel.sh), then builds the bundle and tries it from outside the
# checkout (WARDROBE_SKIP_BUNDLE=1 skips that). Sets itself up first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"
bin="$root/.venv/bin"
"$bin/ruff" check .
"$bin/ruff" format --check .
"$bin/mypy" wardrobe db ui
# The desk suite (tests/desk) types at a scanner's speed on a real X server: Xvfb and xdotool.
bash "$root/scripts/desk-tools.sh"
"$bin/python" -m pytest "$@"
if [ "${WARDROBE_SKIP_POSTGRES:-}" = 1 ]; then
    echo "PostgreSQL run skipped (WARDROBE_SKIP_POSTGRES=1)."
    exit 0
fi
read -r pg_url pg_data pg_bin < <(bash "$root/scripts/test-postgres.sh")
stop_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null
    else "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null; fi
    rm -rf "$pg_data"
}
trap stop_pg EXIT
echo "Again on PostgreSQL ($pg_url):"
WARDROBE_TEST_POSTGRES="$pg_url" "$bin/python" -m pytest "$@"
echo "The wheel, built and installed into a fresh venv outside the checkout:"
bash "$root/scripts/try-wheel.sh"
if [ "${WARDROBE_SKIP_BUNDLE:-}" = 1 ]; then
    echo "Bundle not built (WARDROBE_SKIP_BUNDLE=1)."
    exit 0
fi
echo "The bundle, built and tried outside the checkout:"
bash "$root/scripts/build-app.sh" >/dev/null
bash "$root/scripts/try-bundle.sh"
