#!/bin/sh
# The macOS disk image of Factsheet studio, from the bundle the spec built:
#     packaging/macos/create_dmg.sh            (after pyinstaller packaging/infographic-app.spec)
# Needs create-dmg (brew install create-dmg). Output: dist/factsheet-studio-VERSION-macos.dmg.
# Sign and notarise the .app before this, and the .dmg after it (packaging/README.md).
set -eu
cd "$(dirname "$0")/../.."
app="dist/Factsheet studio.app"
[ -d "$app" ] || { echo "no $app: build the bundle first"; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="dist/factsheet-studio-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
create-dmg \
    --volname "Factsheet studio $version" \
    --volicon packaging/macos/factsheet-studio.icns \
    --window-size 540 320 \
    --icon-size 96 \
    --icon "Factsheet studio.app" 140 150 \
    --app-drop-link 400 150 \
    --hide-extension "Factsheet studio.app" \
    --no-internet-enable \
    "$dmg" "$app"
echo "built $dmg"
