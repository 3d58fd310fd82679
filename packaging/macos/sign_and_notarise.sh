#!/bin/sh
# Sign a macOS .app or .dmg with the Developer ID certificate and have Apple notarise it:
#     packaging/macos/sign_and_notarise.sh "dist/Factsheet studio.app"
#     packaging/macos/sign_and_notarise.sh dist/factsheet-studio-VERSION-macos-arm64.dmg
# Needs: APPLE_SIGNING_IDENTITY ("Developer ID Application: NAME (TEAMID)"), APPLE_ID,
# APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password); in CI also
# APPLE_CERTIFICATE_P12 (base64) and APPLE_CERTIFICATE_PASSWORD, imported into a temporary
# keychain. Who holds these, and how to renew them: packaging/README.md (Signing).
set -eu
target=$1
if [ -n "${APPLE_CERTIFICATE_P12:-}" ]; then
    keychain="$RUNNER_TEMP/signing.keychain-db"
    security create-keychain -p ci "$keychain"
    security set-keychain-settings -lut 3600 "$keychain"
    security unlock-keychain -p ci "$keychain"
    echo "$APPLE_CERTIFICATE_P12" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
    security import "$RUNNER_TEMP/certificate.p12" -k "$keychain" \
        -P "$APPLE_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k ci "$keychain"
    security list-keychains -d user -s "$keychain"
fi
case "$target" in
    *.app)
        # Hardened runtime (needed for notarisation), every binary inside first.
        codesign --force --deep --options runtime --timestamp \
            --sign "$APPLE_SIGNING_IDENTITY" "$target"
        ditto -c -k --keepParent "$target" "$target.zip"
        submit="$target.zip" ;;
    *)
        codesign --force --timestamp --sign "$APPLE_SIGNING_IDENTITY" "$target"
        submit=$target ;;
esac
xcrun notarytool submit "$submit" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$target"
rm -f "$target.zip"
echo "signed and notarised $target"
