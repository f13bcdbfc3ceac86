#!/usr/bin/env bash
# Runs one libFuzzer target as a test: first every input kept in tests/fuzz/regressions/TARGET (each an earlier
# finding, which must now pass), then SECONDS of mutations grown from the seed folders. An input that crashes, trips a
# sanitizer, takes more than 10 s or more than 2.5 GiB fails the test and is kept in WORK_DIR/findings.
# Usage: run.sh FUZZER SECONDS WORK_DIR SEED_DIR...
set -euo pipefail
fuzzer=$1
seconds=$2
work=$3
shift 3
name=$(basename "$fuzzer")
regressions="$(cd "$(dirname "$0")" && pwd)/regressions/$name"
mkdir -p "$work/corpus" "$work/findings"
# Leak checking is off: Qt keeps process-wide caches that are never freed by design.
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
options=(-timeout=10 -rss_limit_mb=2560 -detect_leaks=0)

if [ -d "$regressions" ] && [ -n "$(find "$regressions" -type f ! -name "*.md")" ]; then
  if ! "$fuzzer" "${options[@]}" $(find "$regressions" -type f ! -name "*.md") >"$work/regressions.log" 2>&1; then
    tail -n 60 "$work/regressions.log"
    echo "$name: a kept regression input fails again (above)"
    exit 1
  fi
fi

if ! "$fuzzer" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/findings/" \
  "$work/corpus" "$@" >"$work/fuzz.log" 2>&1; then
  tail -n 60 "$work/fuzz.log"
  echo "$name: finding kept in $work/findings (copy it to tests/fuzz/regressions/$name once fixed)"
  exit 1
fi
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/fuzz.log" | grep -o '[0-9]*$' || echo "?")
slowest=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$work/fuzz.log" | grep -o '[0-9]*$' || echo "?")
echo "$name: $runs executions in $seconds s, slowest input $slowest s, no finding"
