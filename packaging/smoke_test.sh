#!/bin/sh
# Smoke test of the built bundle (after packaging/build.sh), for CI or by hand:
#     packaging/smoke_test.sh [BUNDLE_DIR]       (default dist/infographic-app)
# The test itself is packaging/smoke_test.py, which runs on Windows and macOS too; this runs
# it with $PYTHON (default python3).
set -eu
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" packaging/smoke_test.py "$@"
