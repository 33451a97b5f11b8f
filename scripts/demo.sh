#!/usr/bin/env bash
# Installs what is missing, builds BatchDesk (release preset) and starts the demo: niagara-sim
# on the embedded demo workspace, then the grouped batch listing from batchdesk-cli.
# Idempotent; works from a fresh clone. Ctrl+C stops the sim.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

cmake --preset release >/dev/null
# Only what the demo runs: tests and benchmarks are scripts/test.sh's business.
cmake --build --preset release --parallel "$(nproc)" --target niagara-sim batchdesk-cli

bin=build/release
state="${XDG_STATE_HOME:-$HOME/.local/state}/batchdesk-demo"
mkdir -p "$state"
chmod 700 "$state"
tokens="$state/dev-tokens.json"
log="$state/niagara-sim.log"

# The sim prints "listening on URL" as its first line; read it from a FIFO.
fifo=$(mktemp -u)
mkfifo "$fifo"
"$bin/sim/niagara-sim" --port 0 --database "$state/demo.sqlite" --seed demo --dev-tokens "$tokens" \
    >"$fifo" 2>"$log" &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; rm -f "$fifo"' EXIT
exec 3<"$fifo"
read -r first_line <&3
url=${first_line#listening on }
echo "niagara-sim: $url (log: $log)"

# The demo signs in as a production manager. The token goes through the environment only.
manager="dana.whitfield@demo.batchdesk.test"
NIAGARA_TOKEN=$(sed -n "s/.*\"$manager\" *: *\"\([^\"]*\)\".*/\1/p" "$tokens" | head -n 1)
export NIAGARA_TOKEN

"$bin/app/batchdesk-cli" batches list --server "$url" --format table

if [ -t 0 ]; then
    echo
    echo "niagara-sim keeps running at $url. Try: NIAGARA_TOKEN=... $bin/app/batchdesk-cli batches list --server $url --format json"
    echo "Press Ctrl+C to stop."
    wait "$sim_pid"
fi
