#!/usr/bin/env bash
# Regenerates the application icon's renderings in resources/icons/ from its SVG sources:
#   batchdesk.svg      the icon (also installed as the scalable hicolor icon); 32-512 px
#   batchdesk-24.svg   drawn on the 24 px grid; 22 and 24 px
#   batchdesk-16.svg   drawn on the 16 px grid; 16 px
# and from those PNGs the Windows .ico and the macOS .icns. The results are committed, so a
# build never needs these tools; run this after changing an SVG and commit what it writes.
# Needs rsvg-convert, icotool and png2icns (Debian: librsvg2-bin icoutils icnsutils), which it
# installs when missing.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v icotool >/dev/null || need+=(icoutils)
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

render() { # render SOURCE SIZE
    rsvg-convert --width "$2" --height "$2" --format png "$1" --output "batchdesk-$2.png"
}

render batchdesk-16.svg 16
render batchdesk-24.svg 22
render batchdesk-24.svg 24
for size in 32 48 64 128 256 512; do
    render batchdesk.svg "$size"
done

# Windows: every size Explorer and the taskbar ask for; 256 is stored as PNG inside the .ico.
icotool --create --output batchdesk.ico \
    batchdesk-16.png batchdesk-24.png batchdesk-32.png batchdesk-48.png batchdesk-64.png \
    batchdesk-128.png --raw=batchdesk-256.png
# macOS: the sizes an .icns holds (png2icns picks the slot from each PNG's size).
png2icns batchdesk.icns \
    batchdesk-16.png batchdesk-32.png batchdesk-48.png batchdesk-128.png batchdesk-256.png \
    batchdesk-512.png >/dev/null

ls -l batchdesk-*.png batchdesk.ico batchdesk.icns
