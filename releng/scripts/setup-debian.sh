#!/usr/bin/env bash
# Installs what the build, the UI tests and the product smoke test need on a Debian machine, when missing:
# Xvfb + GTK 3 for SWT, fonts, ImageMagick/xdotool for screenshots, xclip for the copy test, python3 for the original-protocol fixtures,
# a Java 17+ JDK, and redis-server for the Redis room log's tests (they start their own server through
# releng/scripts/redis.sh; the Debian service is kept from starting on install and disabled). Maven comes through ./mvnw.
set -euo pipefail
need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
command -v import >/dev/null && import -version 2>/dev/null | grep -q ImageMagick || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xclip >/dev/null || need+=(xclip)                         # org.chatroom.ui.tests: another program pastes
command -v xprop >/dev/null || need+=(x11-utils)                     # org.chatroom.ui.tests: the urgency hint as a task bar reads it
command -v python3 >/dev/null || need+=(python3)
command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
command -v jcmd >/dev/null || need+=(openjdk-17-jdk-headless)
command -v jpackage >/dev/null || need+=(openjdk-17-jdk-headless)   # releng/scripts/package-linux.sh
command -v fakeroot >/dev/null || need+=(fakeroot)                   # jpackage --type deb
command -v Xvfb >/dev/null || need+=(xvfb)                           # releng/scripts/lib/common.sh start_display
command -v redis-server >/dev/null || need+=(redis-server)           # org.chatroom.log.redis.tests, releng/scripts/redis.sh
[ -x /usr/sbin/inspircd ] || need+=(inspircd)                        # org.chatroom.client.irc.tests, the load tool's IRC test, benchmark.sh
command -v ii >/dev/null || need+=(ii)                               # org.chatroom.irc.tests: a real IRC client
command -v weechat-headless >/dev/null || need+=(weechat-headless)   # org.chatroom.irc.tests: WeeChat, SASL included
dpkg -s weechat-plugins >/dev/null 2>&1 || need+=(weechat-plugins)  # WeeChat's fifo, through which the test types
command -v irssi >/dev/null || need+=(irssi)                         # org.chatroom.irc.tests: irssi, typed into in tmux
command -v tmux >/dev/null || need+=(tmux)
command -v openssl >/dev/null || need+=(openssl)                     # org.chatroom.irc.tests: openssl s_client on 6697
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# policy-rc.d answering 101 keeps maintainer scripts from starting services (redis-server) during the install;
# only ours is removed after, an existing one is left alone.
policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
fi
status=0
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || status=$?
[ -z "$policy" ] || $sudo rm -f "$policy"
[ "$status" -eq 0 ] || exit "$status"
# Tests start their own servers (redis-server on a free loopback port, inspircd in the foreground); the system
# services these packages bring are not wanted running.
disable_service() {
    if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
        $sudo systemctl disable --now "$1" >/dev/null 2>&1 || true
    else
        $sudo update-rc.d "$1" disable >/dev/null 2>&1 || true
        $sudo service "$1" stop >/dev/null 2>&1 || true
    fi
}
for service in redis-server inspircd; do
    [[ " ${need[*]} " != *" $service "* ]] || disable_service "$service"
done
