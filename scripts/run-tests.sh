#!/usr/bin/env bash
# Runs every gate (lint, format, type check of the core, the whole test suite), setting itself up first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"
bin="$root/.venv/bin"
"$bin/ruff" check .
"$bin/ruff" format --check .
"$bin/mypy" wardrobe db
exec "$bin/python" -m pytest "$@"
