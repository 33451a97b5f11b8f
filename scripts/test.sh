#!/usr/bin/env bash
# Installs what is missing, builds the debug-asan preset (AddressSanitizer + UBSan) and runs
# the whole test suite headless. Idempotent; works from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

cmake --preset debug-asan
cmake --build --preset debug-asan --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
# The credential-store tests use the real keychain: a session bus with an unlocked keyring.
# ctest prints its own summary ("100% tests passed, 0 tests failed out of N") last.
scripts/with-keyring.sh ctest --preset debug-asan --parallel 2
