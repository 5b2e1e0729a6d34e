#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (into build-fuzz/) and runs each for a while.
# Usage: scripts/fuzz.sh [seconds per target, default 600] [target ...]
# Inputs the fuzzers find go to build-fuzz/corpus/<target>/ (seeded from tests/fuzz/corpus/);
# a crash, hang or leak stops the run and is written to build-fuzz/crashes/<target>/. Copy it into
# tests/fuzz/corpus/<target>/ as crash-<what>, fix the reader, and the replay test keeps it fixed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(instrument_json assessment_file answers_csv pairwise_csv sealed_file instrument_workbook)
C5_EXTRA_PACKAGES="clang libclang-rt-14-dev" "$root/scripts/setup.sh" --packages-only
out="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DC5_FUZZ=ON \
  -DC5_BUILD_TESTS=OFF -DC5_BUILD_GUI=OFF -DC5_BUILD_BENCH=OFF > /dev/null
cmake --build "$out" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]/#/fuzz_}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in "${targets[@]}"; do
  mkdir -p "$out/corpus/$target" "$out/crashes/$target"
  cp -n "$root/tests/fuzz/corpus/$target/"* "$out/corpus/$target/"
  echo "fuzz: $target for ${seconds}s"
  "$out/tests/fuzz/fuzz_$target" "$out/corpus/$target" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 -artifact_prefix="$out/crashes/$target/" \
    2> "$out/fuzz-$target.log" || { tail -40 "$out/fuzz-$target.log"; echo "fuzz: $target FAILED"; exit 1; }
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$out/fuzz-$target.log" | sed "s/^/fuzz: $target /"
done
