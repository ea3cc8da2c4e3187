#!/usr/bin/env bash
# Makes GNOME Orca and what it needs available for tests/orca.spec.ts: a virtual X server
# (Xvfb), a session D-Bus and the AT-SPI accessibility bus Orca reads Chromium through,
# pyatspi for Orca's Python, and xdotool, because Orca hears keys only from the X server.
# The fixture (tests/fixtures/orca.ts) starts all of them per test; this script only installs.
set -euo pipefail

bash "$(dirname "$0")/install-debian-packages.sh" "The Orca screen reader tests" orca at-spi2-core dbus dbus-x11 python3-pyatspi xvfb xdotool

echo "Orca: $(dpkg-query -W -f='${Version}' orca)"
