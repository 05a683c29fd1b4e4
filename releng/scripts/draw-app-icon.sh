#!/usr/bin/env bash
# Draws the application's icon (two speech bubbles, the front one with three dots) with ImageMagick, at 1024 px and
# scaled down to the sizes window managers, task bars and menus ask for:
#   releng/scripts/draw-app-icon.sh [DIR]     (default: bundles/org.chatroom.ui/icons/app)
# writes DIR/chatroom-{16,32,48,64,128,256}.png (8-bit RGBA, no metadata, so that a new drawing changes them only
# when the picture changes). The product names them as its window images (plugin.xml, property windowImages) and
# package-linux.sh gives jpackage the 256-pixel one for the menu entry. Run it when the drawing changes; the PNGs are
# committed, so the build needs no ImageMagick.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dest="${1:-$root/bundles/org.chatroom.ui/icons/app}"
command -v convert >/dev/null || { echo "FAIL: no ImageMagick (convert)" >&2; exit 1; }
mkdir -p "$dest"
big=$(mktemp --suffix=.png)
trap 'rm -f "$big"' EXIT
# the back bubble (teal, its tail on the right), the front one (blue, a white rim apart from the back one, its tail
# on the left) and three white dots: mid-tone colours that read on light and dark panels alike
convert -size 1024x1024 xc:none \
    -fill '#1E9E8F' -stroke none -draw "roundrectangle 340,120 940,560 120,120" \
    -draw "polygon 800,540 900,700 640,550" \
    -fill '#2B6CD4' -stroke white -strokewidth 32 -draw "roundrectangle 80,340 760,840 140,140" \
    -stroke none -draw "polygon 190,820 140,980 370,830" \
    -fill white -draw "circle 250,590 250,646" -draw "circle 420,590 420,646" -draw "circle 590,590 590,646" \
    "$big"
for size in 16 32 48 64 128 256; do
    convert "$big" -filter Lanczos -resize "${size}x$size" -depth 8 -strip "PNG32:$dest/chatroom-$size.png"
done
echo "drew $dest/chatroom-{16,32,48,64,128,256}.png"
