#!/usr/bin/env bash
# Creates .venv and installs the app (with test tools) into it when pyproject.toml changed.
# Sourced by run-app.sh and run-tests.sh, so each README command sets itself up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
stamp="$venv/.installed-$(sha1sum "$root/pyproject.toml" | cut -c1-12)"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if [ ! -f "$stamp" ]; then
    echo "Installing wardrobe and its dependencies into $venv ..." >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[test]" >&2
    rm -f "$venv"/.installed-*
    touch "$stamp"
fi
# Translations are built from their .ts sources, never by hand at run time.
if [ -x "$venv/bin/pyside6-lrelease" ]; then
    for ts in "$root"/resources/translations/*.ts; do
        [ -e "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" >&2
        fi
    done
fi
# The core's gettext catalogues (.po, edited by translators) compiled to the .mo it reads.
for po in "$root"/resources/locale/*/LC_MESSAGES/wardrobe.po; do
    [ -e "$po" ] || continue
    mo="${po%.po}.mo"
    if [ ! -f "$mo" ] || [ "$po" -nt "$mo" ]; then
        "$venv/bin/pybabel" -q compile -i "$po" -o "$mo" >&2
    fi
done
# The app's own code compiled once here: where Python may not write bytecode as it runs
# (PYTHONDONTWRITEBYTECODE), every start would compile it again (a tenth of a second).
"$venv/bin/python" -m compileall -q "$root/wardrobe" "$root/ui" "$root/db" "$root/resources" >/dev/null
