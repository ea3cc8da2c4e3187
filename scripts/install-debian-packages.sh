#!/usr/bin/env bash
# Usage: install-debian-packages.sh "what needs them" package…
# Installs the Debian packages that are missing, with apt-get when run as root; otherwise says
# which to install and fails. Shared by the set-up scripts of the tests that need system programs.
set -euo pipefail

purpose=$1
shift
packages=("$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" != 0 ]]; then
    echo "$purpose need these Debian packages: ${missing[*]}" >&2
    echo "Install them and run again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${packages[@]}"
fi
