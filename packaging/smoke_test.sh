#!/bin/sh
# Smoke test of the built bundle (after packaging/build.sh), for CI or by hand:
#     packaging/smoke_test.sh [BUNDLE_DIR]       (default dist/infographic-app)
# Runs --version, check, the print/screen/PNG exports of the bundled factsheet, compares
# the print PDF with the one the development install writes (when `infographic-app` of
# $PYTHON is there), and starts the editor offscreen for a few seconds. Fails on any
# traceback or error line in the output or in the app's log.
set -eu
cd "$(dirname "$0")/.."
bundle=${1:-dist/infographic-app}
app="$bundle/infographic-app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
factsheet=data/factsheet-2019.yaml

"$app" --version
"$app" check "$factsheet"
"$app" export "$factsheet" -o "$work/print.pdf"
"$app" export "$factsheet" --target screen -o "$work/screen.pdf"
"$app" export "$factsheet" --dpi 72 -o "$work/page.png"
for file in print.pdf screen.pdf page-1.png page-2.png; do
    test -s "$work/$file" || { echo "FAIL: no $file"; exit 1; }
done
PYTHON=${PYTHON:-python3}
if "$PYTHON" -c "import infographic_app" 2>/dev/null; then
    "$PYTHON" -m infographic_app export "$factsheet" -o "$work/venv-print.pdf"
    cmp "$work/print.pdf" "$work/venv-print.pdf"
    echo "the bundle's print PDF equals the development install's"
fi

# The editor, for 8 seconds (the figure panel loads after the window shows).
status=0
timeout 8 "$app" > "$work/editor.out" 2>&1 || status=$?
[ "$status" -eq 124 ] || { cat "$work/editor.out"; echo "FAIL: the editor ended ($status)"; exit 1; }
log=$(find "$XDG_DATA_HOME" -name '*.log' | head -n 1)
if grep -E -i "traceback|error|critical" "$work/editor.out" ${log:+"$log"}; then
    echo "FAIL: errors while the editor ran"
    exit 1
fi
echo "smoke test passed: $bundle"
