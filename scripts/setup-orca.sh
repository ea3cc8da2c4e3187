#!/usr/bin/env bash
# Makes GNOME Orca and what it needs available for tests/orca.spec.ts: a virtual X server
# (Xvfb), a session D-Bus and the AT-SPI accessibility bus Orca reads Chromium through,
# pyatspi for Orca's Python, and xdotool, because Orca hears keys only from the X server.
# The fixture (tests/fixtures/orca.ts) starts all of them per test; this script only installs.
set -euo pipefail

packages=(orca at-spi2-core dbus dbus-x11 python3-pyatspi xvfb xdotool)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" != 0 ]]; then
    echo "The Orca screen reader tests need these Debian packages: ${missing[*]}" >&2
    echo "Install them and run again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${packages[@]}"
fi

echo "Orca: $(dpkg-query -W -f='${Version}' orca)"
