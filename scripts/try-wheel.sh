#!/usr/bin/env bash
# Builds the wheel (python -m build: the catalogues compiled in its build step, nothing compiled
# taken from the checkout), installs it into a fresh venv outside the checkout, and tries it
# there in both languages: the command line (`--lang fr alerts`, and English by default) and
# the window offscreen (the French menus read from the wheel's own .qm, the window opened and
# closed). An install without its catalogues answers in English and fails here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
place="$(mktemp -d /tmp/wardrobe-wheel-XXXXXX)"
trap 'rm -rf "$place"' EXIT
fail() { echo "try-wheel: $*" >&2; exit 1; }
# From a copy of the sources: the checkout's compiled .mo and .qm (and its venv) left behind.
mkdir -p "$place/src"
tar -C "$root" --exclude=./.venv --exclude=./.git --exclude='*.mo' --exclude='*.qm' \
    --exclude=__pycache__ --exclude=./build --exclude=./dist --exclude='*.egg-info' \
    --exclude='*.db' -cf - . | tar -x -C "$place/src"
"$root/.venv/bin/python" -m build --wheel --outdir "$place/dist" "$place/src" >"$place/build.log" 2>&1 \
    || { tail -30 "$place/build.log" >&2; fail "the wheel was not built"; }
wheel="$(ls "$place"/dist/wardrobe-*.whl)"
"$root/.venv/bin/python" - "$wheel" <<'PY' || fail "the wheel lacks its compiled catalogues"
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
wanted = {"resources/locale/fr/LC_MESSAGES/wardrobe.mo", "resources/translations/wardrobe_fr.qm"}
sys.exit(0 if wanted <= names else f"missing: {sorted(wanted - names)}")
PY
python3 -m venv "$place/venv"
"$place/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel" \
    2>"$place/pip.log" || { tail -30 "$place/pip.log" >&2; fail "the wheel did not install"; }
mkdir -m 700 "$place/home"
clean=(env -i HOME="$place/home" PATH="$place/venv/bin:/usr/bin:/bin" LANG=C.UTF-8
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$place/home")
cd "$place/home"
db="$place/home/inventory.db"
timeout 120 "${clean[@]}" wardrobe --db "$db" demo >/dev/null || fail "demo"
timeout 60 "${clean[@]}" wardrobe --db "$db" --lang fr alerts | grep -q "à commander" \
    || fail "the command line did not answer in French"
timeout 60 "${clean[@]}" wardrobe --db "$db" alerts | grep -q "to order" \
    || fail "the command line did not answer in English"
said="$(timeout 60 "${clean[@]}" python -c '
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.runtime.i18n import install_translation
install_translation("fr")
print(QCoreApplication.translate("Actions", "&File"), QCoreApplication.translate("Actions", "Check &out…"))
')"
[ "$said" = "&Fichier &Sortie…" ] || fail "the window's French reads: $said"
timeout 60 "${clean[@]}" WARDROBE_QUIT_AFTER_MS=500 wardrobe --db "$db" --lang fr \
    >"$place/window.log" 2>&1 || { cat "$place/window.log" >&2; fail "the window did not open"; }
if grep -qiE "traceback|error" "$place/window.log"; then
    cat "$place/window.log" >&2
    fail "the window said something went wrong"
fi
echo "ok: the wheel $(basename "$wheel") installed in a fresh venv speaks French and English"
