#!/bin/sh
# The "lowest versions" check: a fresh venv with every dependency of pyproject.toml (the
# runtime ones and the test extra) pinned to its lower bound, the project installed into it
# (not editable: the wheel, as a user gets it), then the test suite.
#     packaging/test_lowest_versions.sh [pytest arguments]
# PYTHON picks the interpreter (default python3); LOWEST_VENV keeps the venv somewhere
# (default: a temporary folder, removed afterwards). Exit code: pytest's.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
if [ -n "${LOWEST_VENV:-}" ]; then
    venv=$LOWEST_VENV
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    venv=$tmp/venv
fi

"$python" -m venv "$venv"
"$venv/bin/python" "$root/packaging/lowest_versions.py" "$root/pyproject.toml" --extra test \
    > "$venv/lowest.txt"
echo "== lowest allowed versions ($("$venv/bin/python" --version)):"
cat "$venv/lowest.txt"
"$venv/bin/pip" install -q -r "$venv/lowest.txt"
# The build needs hatchling and PySide6's lrelease, both just installed at their floors.
"$venv/bin/pip" install -q --no-deps --no-build-isolation "$root"
"$venv/bin/pip" check
echo "== installed:"
"$venv/bin/pip" freeze | grep -v '^infographic' | tr '\n' ' '
echo
cd "$root"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$venv/bin/python" -m pytest -q \
    -p no:cacheprovider "$@"
