#!/bin/sh
# Build the one-folder desktop bundle and a .tgz of it:
#     packaging/build.sh            (uses python3, or $PYTHON)
# needs the app installed in that Python (pip install -e '.[test]') and PyInstaller
# (pip install pyinstaller). Output: dist/infographic-app/ and
# dist/factsheet-studio-VERSION-linux-ARCH.tgz. Nothing is downloaded.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

# The interface translations (.ts -> .qm), as the wheel build does.
"$PYTHON" - <<'PY'
import subprocess
from pathlib import Path

import PySide6

lrelease = Path(PySide6.__file__).parent / "lrelease"
for source in sorted(Path("src/infographic_app/gui/translations").glob("*.ts")):
    subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                    str(source.with_suffix(".qm"))], check=True)
PY

# The licences of what goes into the bundle, from the distributions installed in this
# Python (Help → About lists them). A release build (RELEASE=1) must have exactly the
# versions of packaging/constraints-release.txt:
#     pip install -c packaging/constraints-release.txt -e . pyinstaller
if [ "${RELEASE:-0}" = 1 ]; then
    "$PYTHON" packaging/third_party_notices.py --constraints packaging/constraints-release.txt
else
    "$PYTHON" packaging/third_party_notices.py
fi

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/infographic-app.spec

# Desktop integration beside the program: packaging/install.sh puts it in place.
bundle=dist/infographic-app
mkdir -p "$bundle/share/applications" "$bundle/share/metainfo" "$bundle/share/mime/packages"
cp packaging/nl.fier.FactsheetStudio.desktop "$bundle/share/applications/"
cp packaging/nl.fier.FactsheetStudio.metainfo.xml "$bundle/share/metainfo/"
cp packaging/nl.fier.FactsheetStudio.mime.xml "$bundle/share/mime/packages/"
rm -rf "$bundle/share/icons"
mkdir -p "$bundle/share/icons"
cp -R packaging/icons/hicolor "$bundle/share/icons/"
mkdir -p "$bundle/share/man/man1"
cp packaging/infographic-app.1 "$bundle/share/man/man1/"  # packaging/make_manpage.py
cp packaging/install.sh "$bundle/install.sh"
cp LICENSE THIRD-PARTY-NOTICES "$bundle/"
chmod +x "$bundle/install.sh"

version=$("$PYTHON" -c "import infographic_app; print(infographic_app.__version__)")
archive="dist/factsheet-studio-$version-linux-$(uname -m).tgz"
tar -czf "$archive" -C dist infographic-app
echo "built $bundle ($(du -sh "$bundle" | cut -f1)) and $archive ($(du -sh "$archive" | cut -f1))"
