#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# has a Secret Service to talk to (tests and CI; a desktop session already has one).
# The keyring and its runtime dirs are throw-away temporary directories.
set -eu
exec dbus-run-session -- sh -c '
    export XDG_RUNTIME_DIR="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
    printf %s batchdesk-ci | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
