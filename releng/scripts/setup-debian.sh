#!/usr/bin/env bash
# Installs what the build, the UI tests and the product smoke test need on a Debian machine, when missing:
# Xvfb + GTK 3 for SWT, fonts, ImageMagick/xdotool for screenshots, python3 for the original-protocol fixtures,
# and a Java 17+ JDK. Maven itself comes through ./mvnw.
set -euo pipefail
need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
command -v import >/dev/null && import -version 2>/dev/null | grep -q ImageMagick || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v python3 >/dev/null || need+=(python3)
command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
command -v jcmd >/dev/null || need+=(openjdk-17-jdk-headless)
command -v jpackage >/dev/null || need+=(openjdk-17-jdk-headless)   # releng/scripts/package-linux.sh
command -v fakeroot >/dev/null || need+=(fakeroot)                   # jpackage --type deb
command -v Xvfb >/dev/null || need+=(xvfb)                           # releng/scripts/lib/common.sh start_display
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
