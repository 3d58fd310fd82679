#!/bin/sh
# Install Factsheet studio for the current user (no administrator rights needed):
#     tar -xzf factsheet-studio-VERSION-linux-ARCH.tgz && infographic-app/install.sh
# The program goes to ~/.local/opt/factsheet-studio, the command infographic-app to
# ~/.local/bin, and the launcher, icon, file type and AppStream data to ~/.local/share.
# Run it again to update; `install.sh --uninstall` removes it all again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/factsheet-studio
bin=$HOME/.local/bin
id=nl.fier.FactsheetStudio

remove() {
    rm -rf "$target" "$bin/infographic-app" "$data/applications/$id.desktop" \
        "$data/metainfo/$id.metainfo.xml" "$data/mime/packages/$id.mime.xml" \
        "$data/man/man1/infographic-app.1"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
}
refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null && \
        update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && \
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    refresh
    echo "Factsheet studio is removed."
    exit 0
fi

remove
mkdir -p "$target" "$bin" "$data/applications" "$data/metainfo" "$data/mime/packages" \
    "$data/icons"
cp -R "$here/." "$target/"
ln -sf "$target/infographic-app" "$bin/infographic-app"
# The launcher starts the installed program by its full path (~/.local/bin may not be on
# the PATH of the desktop session).
sed -e "s|^Exec=infographic-app|Exec=$target/infographic-app|" \
    -e "s|^TryExec=infographic-app|TryExec=$target/infographic-app|" \
    "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
cp "$here/share/mime/packages/$id.mime.xml" "$data/mime/packages/"
cp -R "$here/share/icons/hicolor" "$data/icons/"
if [ -f "$here/share/man/man1/infographic-app.1" ]; then  # man infographic-app
    mkdir -p "$data/man/man1"
    cp "$here/share/man/man1/infographic-app.1" "$data/man/man1/"
fi
refresh
echo "Factsheet studio is installed: start it from the applications menu, or run"
echo "    $bin/infographic-app"
