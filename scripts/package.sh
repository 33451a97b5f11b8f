#!/usr/bin/env bash
# Builds BatchDesk's Linux packages, batchdesk_<version>_amd64.deb and
# batchdesk-<version>-1.x86_64.rpm: installs what is missing, configures the `package` preset
# (release, only the shipped programs: no tests, no benchmarks), builds, runs CPack, checks the
# desktop entry and the AppStream metainfo inside the DEB, and prints the two packages' paths
# on the last two lines. Idempotent; works from a fresh clone.
#
#   scripts/package.sh [BUILD_DIR]        default build/package; the packages go to BUILD_DIR/packages
#
# BATCHDESK_PACKAGE_JOBS sets the build's parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build/package}
jobs=${BATCHDESK_PACKAGE_JOBS:-$(nproc)}
started=$SECONDS

scripts/install-deps.sh

cmake --preset package -B "$build_dir" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"
built=$SECONDS

out="$build_dir/packages"
rm -f "$out"/*.deb "$out"/*.rpm "$out"/*.sha256
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;RPM" -B "$out" >/dev/null

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
deb=$(realpath "$out/batchdesk_${version}_$(dpkg --print-architecture).deb")
rpm=$(realpath "$out/batchdesk-${version}-1.$(uname -m).rpm")
for package in "$deb" "$rpm"; do
    [ -f "$package" ] || { echo "package.sh: CPack did not write $package" >&2; exit 1; }
done

# What the package installs, checked as installed: the desktop entry, the metainfo, the icons.
staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT
dpkg-deb --extract "$deb" "$staged"
app_id=$(basename "$staged"/usr/share/applications/*.desktop .desktop)
desktop-file-validate "$staged/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --explain "$staged/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || appstreamcli validate --no-net --explain "$staged/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f "$staged/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] \
        || { echo "package.sh: no ${size}px icon in the DEB" >&2; exit 1; }
done
for program in batchdesk batchdesk-cli niagara-sim; do
    [ -x "$staged/usr/bin/$program" ] || { echo "package.sh: /usr/bin/$program missing from the DEB" >&2; exit 1; }
done

echo "Built in $((built - started)) s, packaged and checked in $((SECONDS - built)) s."
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
echo "$deb"
echo "$rpm"
