#!/usr/bin/env bash
# The unit tests use Python itself as the oracle for exported files: install Debian's python3
# when it is missing, as ensure-chromium.sh does for the browser.
set -euo pipefail
if command -v python3 >/dev/null 2>&1; then exit 0; fi
echo "python3 not found on PATH: installing Debian's python3 package" >&2
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq python3 >/dev/null
command -v python3 >/dev/null
