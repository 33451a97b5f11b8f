#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/) for SECONDS each, built with clang, AddressSanitizer and
# UBSan in build/fuzz (configured and built when needed; only the fuzz targets). Each target
# fuzzes a scratch copy of its committed corpus: new inputs and crash artifacts land in
# build/fuzz/fuzz-run/<target>/, never in fuzz/corpus/. Exits non-zero when a target crashes,
# leaks, hangs or trips a sanitizer, and prints where the input that did it was written.
#
#   scripts/fuzz.sh SECONDS [TARGET...]     e.g. scripts/fuzz.sh 300, scripts/fuzz.sh 60 fuzz_cli
#   BATCHDESK_FUZZ_BUILD=dir                another build directory
#   BATCHDESK_FUZZ_JOBS=n                   build parallelism (default: nproc)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
    echo "usage: scripts/fuzz.sh SECONDS [TARGET...]   (targets: fuzz_page fuzz_problem fuzz_cli)" >&2
    exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_page fuzz_problem fuzz_cli)

build=${BATCHDESK_FUZZ_BUILD:-build/fuzz}
jobs=${BATCHDESK_FUZZ_JOBS:-$(nproc)}

scripts/install-deps.sh
# libFuzzer ships with clang's runtime libraries (Debian 12: clang 14).
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
        -DBATCHDESK_SANITIZE=ON -DBATCHDESK_FUZZ=ON -DBATCHDESK_BUILD_BENCH=OFF
fi
cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"

# As in the test preset: leaks are failures, and the first error stops the run.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for target in "${targets[@]}"; do
    work="$build/fuzz-run/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp fuzz/corpus/"$target"/* "$work/corpus/"
    dict=()
    case "$target" in
        fuzz_page|fuzz_problem) dict=(-dict=fuzz/dict/json.dict) ;;
        fuzz_cli) dict=(-dict=fuzz/dict/cli.dict) ;;
    esac
    echo "=== $target: ${seconds}s (log: $work/fuzz.log)"
    status=0
    "$build/fuzz/$target" "${dict[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/fuzz.log" 2>&1 || status=$?
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/fuzz.log" || true
    if [ "$status" -ne 0 ]; then
        echo "!!! $target failed (exit $status); last lines of $work/fuzz.log:"
        tail -n 40 "$work/fuzz.log"
        for input in "$work"/artifacts/*; do
            [ -e "$input" ] && echo "!!! input that failed: $input"
        done
        failed+=("$target")
    else
        echo "=== $target: no crash; corpus now $(ls "$work/corpus" | wc -l) inputs in $work/corpus"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed: ${failed[*]} (see fuzz/README.md: adding a regression)" >&2
    exit 1
fi
echo "All fuzz targets ran ${seconds}s without a failure: ${targets[*]}"
