#!/usr/bin/env bash
# Installs what is missing, builds the debug-asan preset (AddressSanitizer + UBSan) and runs
# the whole test suite headless. Idempotent; works from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

cmake --preset debug-asan
cmake --build --preset debug-asan --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
# ctest prints its own summary ("100% tests passed, 0 tests failed out of N") last.
ctest --preset debug-asan --parallel 2
