#!/usr/bin/env bash
# Installs the Debian 12 packages BatchDesk needs to build, test and run, if any are missing.
# Idempotent: does nothing when everything is installed.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    # The test build (debug-asan preset) and the fuzz targets: clang with its sanitizer and
    # libFuzzer runtimes, and lld, which links the test build's 70 programs four times as fast
    # as GNU ld.
    clang libclang-rt-14-dev lld
    qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qtkeychain-qt6-dev nlohmann-json3-dev
    # The batch pages' JSON lexer (client/json/fastsax.h; README, "Why simdjson").
    libsimdjson-dev
    libgl-dev libxkbcommon-dev xvfb xauth imagemagick dbus gnome-keyring libsecret-1-0
    libsecret-tools fonts-dejavu-core rpm
    # Packages (scripts/package.sh, tests/packaging): dpkg-shlibdeps and file for CPack's DEB,
    # desktop-file-validate and appstreamcli for the checks.
    dpkg-dev file desktop-file-utils appstream
    qt6-translations-l10n
    # Travelers: QR codes from libqrencode; the tests decode them again with ZXing.
    libqrencode-dev libzxing-dev
    # The tests rasterize the travelers' PDF with it (pdftoppm) and scan the pages.
    poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
