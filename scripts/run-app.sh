#!/usr/bin/env bash
# Opens the wardrobe app (on its default database unless --db is given), setting itself up first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
exec "$root/.venv/bin/wardrobe" "$@"
