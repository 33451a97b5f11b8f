#!/usr/bin/env bash
# The DEB as a user gets it: takes the packages scripts/package.sh built in PACKAGE_BUILD_DIR
# (ctest's fixture test `package_build` builds them first), installs the DEB with apt-get, checks the installed
# programs, desktop entry, metainfo and icons, starts the app the way its menu entry does and
# lets it load the demo board from the installed niagara-sim, then purges the package and
# checks that every file it installed is gone. Also checks that the RPM holds the same files.
#
#   installed_package.sh SOURCE_DIR PACKAGE_BUILD_DIR VERSION
#
# Needs root or password-less sudo (CI runs as root on a throw-away machine); without either it
# fails and says so. The package is purged on every exit, failure included. If an earlier run
# was killed between install and purge (a ctest timeout is a SIGKILL), its marker file says so
# and this run purges that package first; a batchdesk installed by anyone else is left alone
# and the test fails.
set -euo pipefail

source_dir=$(realpath "$1")
build_dir=$2
project_version=$3
step() { printf '\n== %s (%ds)\n' "$*" "$SECONDS"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    fail "this test installs the DEB with apt-get and purges it again: run it as root or with" \
         "password-less sudo (CI runs as root). It was not skipped: nothing was checked."
fi
as_root() { "${sudo[@]}" "$@"; }

package=batchdesk
marker=/var/tmp/batchdesk-package-test.installed
apt_options=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=300)
export DEBIAN_FRONTEND=noninteractive

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    if [ -e "$marker" ]; then
        echo "An earlier run of this test was stopped before it purged $package: purging it now."
        as_root apt-get purge "${apt_options[@]}" "$package" >/dev/null
        as_root rm -f "$marker"
    else
        fail "$package is already installed on this machine (not by this test). The test installs" \
             "and purges it; remove it first: apt-get purge $package"
    fi
fi

work=$(mktemp -d)
installed=0
cleanup() {
    local status=$?
    if [ "$installed" -eq 1 ]; then
        echo "Purging $package after a failure."
        as_root apt-get purge "${apt_options[@]}" "$package" >/dev/null 2>&1 || true
        as_root rm -f "$marker"
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "The packages scripts/package.sh built in $build_dir"
deb="$build_dir/packages/batchdesk_${project_version}_$(dpkg --print-architecture).deb"
rpm="$build_dir/packages/batchdesk-${project_version}-1.$(uname -m).rpm"
if [ ! -f "$deb" ] || [ ! -f "$rpm" ]; then
    fail "no $deb or $rpm: build them first with scripts/package.sh $build_dir" \
         "(ctest runs the test package_build before this one)"
fi
version=$(dpkg-deb --field "$deb" Version)
echo "$deb"
echo "$rpm"

step "Installing $(basename "$deb") with apt-get"
dpkg-query -W -f='${Package}\n' | sort > "$work/packages-before"
as_root touch "$marker"
installed=1
as_root apt-get install "${apt_options[@]}" "$deb" > "$work/apt-install.log" 2>&1 \
    || { cat "$work/apt-install.log"; fail "apt-get install $deb failed"; }
dpkg-query -W -f='${Status} ${Version}\n' "$package" | grep -qx "install ok installed $version" \
    || fail "$package $version is not installed after apt-get install"
dpkg -L "$package" | sort > "$work/files"
echo "$(grep -c . "$work/files") paths installed"

step "Installed programs"
for program in batchdesk batchdesk-cli niagara-sim; do
    [ -x "/usr/bin/$program" ] || fail "/usr/bin/$program is not installed"
    dpkg -S "/usr/bin/$program" | grep -q "^$package:" || fail "/usr/bin/$program does not belong to $package"
done
[ "$(/usr/bin/batchdesk --version)" = "batchdesk $version" ] \
    || fail "batchdesk --version says '$(/usr/bin/batchdesk --version)', expected 'batchdesk $version'"
[ "$(/usr/bin/batchdesk-cli --version)" = "batchdesk-cli $version" ] \
    || fail "batchdesk-cli --version says '$(/usr/bin/batchdesk-cli --version)', expected 'batchdesk-cli $version'"
[ "$(/usr/bin/niagara-sim --version)" = "niagara-sim $version" ] \
    || fail "niagara-sim --version says '$(/usr/bin/niagara-sim --version)', expected 'niagara-sim $version'"
/usr/bin/batchdesk --version
/usr/bin/batchdesk-cli --version

step "Desktop entry, metainfo and icons"
desktop=$(grep '^/usr/share/applications/.*\.desktop$' "$work/files") || fail "no desktop entry installed"
app_id=$(basename "$desktop" .desktop)
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli rejects /usr/share/metainfo/$app_id.metainfo.xml"
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop does not name the icon $app_id"
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    icon="/usr/share/icons/hicolor/$size/apps/$app_id.png"
    file -b "$icon" | grep -q "PNG image data, ${size/x/ x }," || fail "$icon is not a ${size} PNG"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
echo "$desktop, /usr/share/metainfo/$app_id.metainfo.xml and 10 icons are fine"

step "Starting the app as its menu entry does, on the demo workspace"
# The Exec line without its field codes (%f, %U, ...), run with a clean environment whose home
# and XDG folders are temporary, inside a private keyring session (the demo signs in through
# the OS keychain), offscreen.
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1 | sed -E 's/ +%[fFuUdDnNickvm]//g')
[ -n "$exec_line" ] || fail "$desktop has no Exec line"
echo "Exec=$exec_line"
timeout 300 "$source_dir/scripts/with-keyring.sh" \
    "$source_dir/tests/packaging/run_installed_app.sh" "$exec_line" "$work/session" \
    || fail "the installed app did not run as expected (see above)"
cp "$work/session/board.png" "$build_dir/installed-app.png"
echo "picture of the installed app's board: $build_dir/installed-app.png"

step "Purging $package"
as_root apt-get purge "${apt_options[@]}" "$package" > "$work/apt-purge.log" 2>&1 \
    || { cat "$work/apt-purge.log"; fail "apt-get purge $package failed"; }
installed=0
as_root rm -f "$marker"
dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed' \
    && fail "$package is still installed after the purge"
left=0
while IFS= read -r path; do
    [ "$path" = "/." ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay while another package, or a file that is not ours, is in it.
        if [ -z "$(ls -A "$path")" ] && ! dpkg -S "$path" >/dev/null 2>&1; then
            echo "left behind: empty directory $path"; left=$((left + 1))
        fi
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"; left=$((left + 1))
    fi
done < "$work/files"
[ "$left" -eq 0 ] || fail "$left installed paths are still there after the purge"
dpkg-query -W -f='${Package}\n' | sort > "$work/packages-after"
if ! diff -u "$work/packages-before" "$work/packages-after"; then
    # Dependencies apt-get pulled in for the DEB: the machine goes back to how it was.
    new=$(comm -13 "$work/packages-before" "$work/packages-after")
    if [ -n "$new" ]; then
        # shellcheck disable=SC2086
        as_root apt-get purge "${apt_options[@]}" $new >/dev/null 2>&1 || true
    fi
    fail "installing the DEB changed the installed packages besides $package: $new (purged again)"
fi
echo "every file of $package is gone; the installed packages are as before"

step "The RPM holds the same files"
rpm -qpl "$rpm" | sort > "$work/rpm-files"
# Files (not directories) of the DEB, from its own listing, against the RPM's (which owns no
# directory: they all belong to the filesystem and icon theme packages).
dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sed 's|^\./|/|' | sort > "$work/deb-files"
diff -u "$work/deb-files" "$work/rpm-files" || fail "the RPM's files differ from the DEB's"
for program in batchdesk batchdesk-cli niagara-sim; do
    grep -qx "/usr/bin/$program" "$work/rpm-files" || fail "the RPM has no /usr/bin/$program"
done
rpm -qp --requires "$rpm" | grep -q '^libsecret-1.so.0()(64bit)' || fail "the RPM does not require libsecret"
rpm -qp --requires "$rpm" | grep -q '^libQt6Widgets.so.6()(64bit)' || fail "the RPM has no automatic Qt requires"
echo "$(grep -c . "$work/rpm-files") files, the same as the DEB's; requires libsecret and Qt"

step "Passed"
