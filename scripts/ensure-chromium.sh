#!/usr/bin/env bash
# The browser test needs Chromium. Installs Debian's package when it is missing and we are root;
# otherwise says what a contributor needs to do. Set CHROMIUM_PATH to use another build.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium package for the browser test"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: Chromium is missing. Install it (Debian/Ubuntu: sudo apt-get install chromium)," >&2
echo "or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again." >&2
exit 1
