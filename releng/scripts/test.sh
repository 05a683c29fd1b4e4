#!/usr/bin/env bash
# Runs every test: the Tycho build with all unit, OSGi and UI tests (under Xvfb), then the smoke test of the built
# Linux product archive (desktop window and headless server), the check of the Windows/macOS archives, the install
# test of the update site (p2 director into a fresh platform, then the hosted room answers), the desktop .deb with
# its bundled runtime (built once; server, console and desktop started from it unpacked) and the server .deb (built).
# Installing both packages for real changes the machine (a system user, /opt, /etc, /var/lib): that is
# releng/scripts/deb-install-test.sh, which CI (.ci/run) runs after this. Fails when any test fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
releng/scripts/setup-debian.sh
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@"
releng/scripts/product-smoke.sh
releng/scripts/kill-resume-test.sh
releng/scripts/archives-check.sh
releng/scripts/site-install-test.sh
releng/scripts/package-linux.sh deb
releng/scripts/package-test.sh deb
releng/scripts/package-server.sh
