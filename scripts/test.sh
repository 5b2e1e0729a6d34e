#!/usr/bin/env bash
# Sets everything up, builds the kit with its tests and runs them through ctest: first the library
# tests and the CLI's hostile-input suites under AddressSanitizer + UndefinedBehaviorSanitizer
# (build-sanitize/), then every test of the normal build (build/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
jobs=$(nproc 2>/dev/null || echo 2)
"$root/scripts/setup.sh" -DC5_BUILD_TESTS=ON

# The sanitized pass covers every library in-process (questionnaire, scoring, reports, the app's
# shared code, the fuzz corpus) and the CLI suites that feed it hostile files. The desktop app and the
# CLI's remaining suites run in the normal pass only: under the sanitizers all of cli_tests alone took
# 22 minutes on a 2-core machine, for code that the in-process tests already run sanitized.
sanitized=(questionnaire_tests scoring_tests reports_tests app_common_tests fuzz_replay_tests cli_hostile_input_tests)
echo "test: ${sanitized[*]} under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S "$root" -B "$root/build-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DC5_SANITIZE=ON \
  -DC5_BUILD_TESTS=ON -DC5_BUILD_BENCH=OFF > /dev/null
cmake --build "$root/build-sanitize" -j "$jobs" --target "${sanitized[@]/cli_hostile_input_tests/cli_tests}"
(
  cd "$root/build-sanitize"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1
  pattern=$(IFS='|'; echo "^(${sanitized[*]})\$")
  ctest --output-on-failure -j "$jobs" -R "$pattern"
)

echo "test: the whole suite, normal build"
cd "$root/build"
ctest --output-on-failure -j "$jobs"
