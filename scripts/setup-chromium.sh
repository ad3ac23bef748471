#!/usr/bin/env bash
# Install Debian's chromium and chromedriver for the admin-page browser tests (idempotent).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') ready"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing and this is not root: apt-get install chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium chromium-driver || { apt-get update -q && apt-get install -y -q chromium chromium-driver; }
echo "chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}') ready"
