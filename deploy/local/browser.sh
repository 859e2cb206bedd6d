#!/usr/bin/env bash
# The headless browser of the web page's end-to-end test: Debian's chromium.
#
#   deploy/local/browser.sh       install chromium when it is missing (as root, with apt-get)
#
# Prints where chromium is. Without root or apt-get it prints why it cannot install and exits 0:
# the browser test then skips with that reason instead of failing the whole suite.
set -euo pipefail

find_chromium() { command -v chromium || command -v chromium-browser; }

if path=$(find_chromium); then
    printf 'browser: %s\n' "$path"
    exit 0
fi
if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    printf 'browser: chromium is missing and cannot be installed here (needs root and apt-get);\n' >&2
    printf '         install it ("apt-get install chromium") or the web page test is skipped\n' >&2
    exit 0
fi
printf 'browser: installing chromium with apt-get (once)...\n'
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
printf 'browser: %s\n' "$(find_chromium)"
