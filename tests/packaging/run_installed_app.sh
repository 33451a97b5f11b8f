#!/usr/bin/env bash
# Part of installed_package.sh; runs inside scripts/with-keyring.sh (a private session bus with
# an unlocked keyring). Starts the installed app through its desktop entry's Exec line twice,
# offscreen, with a clean environment whose home and XDG folders are in SESSION_DIR:
#   1. as a user would: it must still be running after a few seconds, with the installed
#      niagara-sim as its child listening on loopback (the demo workspace);
#   2. with --screenshot: it must load the demo board from that sim and save the picture.
#
#   run_installed_app.sh EXEC_LINE SESSION_DIR
set -euo pipefail

exec_line=$1
dir=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$dir"/home "$dir"/config "$dir"/data "$dir"/cache "$dir"/state
# What a desktop session's launcher passes on, and nothing from the test run (no sanitizer
# options, no build paths); arguments after it are appended to the Exec line.
app_command=(env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
    HOME="$dir/home" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data"
    XDG_CACHE_HOME="$dir/cache" XDG_STATE_HOME="$dir/state"
    XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS"
    QT_QPA_PLATFORM=offscreen
    sh -c "exec $exec_line \"\$@\"" menu-entry)

# 1. Started as the menu entry does.
"${app_command[@]}" > "$dir/app.log" 2>&1 &
app=$!
sim=""
stop() {
    kill -TERM "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    # SIGTERM ends the app without its shutdown, which would stop the sim: stop it here.
    if [ -n "$sim" ] && kill -0 "$sim" 2>/dev/null; then
        kill -TERM "$sim" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$sim" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$sim" 2>/dev/null || true
    fi
}
trap stop EXIT
alive_or_fail() {
    kill -0 "$app" 2>/dev/null || { cat "$dir/app.log"; fail "the app exited: $1"; }
}

started=$SECONDS
for _ in $(seq 1 120); do
    alive_or_fail "before it started the demo server"
    sim=$(pgrep -P "$app" -x niagara-sim || true)
    [ -n "$sim" ] && break
    sleep 0.5
done
[ -n "$sim" ] || fail "the app did not start niagara-sim within 60 s"
sim_exe=$(readlink "/proc/$sim/exe")
[ "$sim_exe" = /usr/bin/niagara-sim ] || fail "the demo server runs from $sim_exe, not the installed /usr/bin/niagara-sim"
listening=""
for _ in $(seq 1 120); do
    listening=$(ss -Htlnp 2>/dev/null | grep "pid=$sim," | awk '{print $4}' | head -1 || true)
    [ -n "$listening" ] && break
    kill -0 "$sim" 2>/dev/null || { cat "$dir/app.log"; fail "niagara-sim exited while starting"; }
    sleep 0.5
done
case "$listening" in
    127.0.0.1:*) ;;
    *) cat "$dir/app.log"; fail "niagara-sim is not listening on 127.0.0.1 (got '$listening')" ;;
esac
# A few seconds of running: sign-in and the first load happen meanwhile.
while [ $((SECONDS - started)) -lt 6 ]; do sleep 0.5; done
alive_or_fail "within its first seconds"
kill -0 "$sim" 2>/dev/null || fail "niagara-sim stopped while the app was running"
database=$(find "$dir/data" -name demo.sqlite | head -1)
[ -n "$database" ] || fail "no demo database under the temporary XDG_DATA_HOME"
echo "running after $((SECONDS - started)) s; demo server /usr/bin/niagara-sim (pid $sim) on $listening; ${database#"$dir"/}"
stop
trap - EXIT

# 2. The same entry with --screenshot: exits 0 only after the demo board has loaded.
shot="$dir/board.png"
if ! timeout 200 "${app_command[@]}" --screenshot "$shot" > "$dir/screenshot.log" 2>&1; then
    cat "$dir/screenshot.log"
    fail "batchdesk --screenshot did not exit 0 (the demo board did not load)"
fi
info=$(file -b "$shot" 2>/dev/null || true)
case "$info" in
    "PNG image data, "*) echo "screenshot: $info" ;;
    *) fail "no PNG written by --screenshot ($info)" ;;
esac
