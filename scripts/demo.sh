#!/usr/bin/env bash
# Installs what is missing, builds BatchDesk (release preset) and opens the desktop board.
# Without --server the app starts its own demo workspace: niagara-sim on a free loopback port
# with the demo seed, signed in as the seeded production manager; closing the window stops it.
# Idempotent; works from a fresh clone. Extra arguments go to batchdesk (e.g. --screenshot FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

cmake --preset release >/dev/null
# Only what the demo runs: tests and benchmarks are scripts/test.sh's business. The app finds
# niagara-sim next to itself in the build tree (build/release/sim/niagara-sim).
cmake --build --preset release --parallel "$(nproc)" --target niagara-sim batchdesk batchdesk-cli

app=build/release/app/batchdesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    # No display (SSH, CI): run on a virtual one so --screenshot and smoke runs still work.
    exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
