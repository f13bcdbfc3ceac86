#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in a clang build of their own and runs each for SECONDS from seed corpora:
# article bytes -> reader -> extraction, workspace bytes -> open -> tables -> item models, search query -> FTS5.
# Usage: scripts/fuzz.sh [FUZZ_BUILD_DIR] [SECONDS] [MAIN_BUILD_DIR]
# Corpora grow in FUZZ_BUILD_DIR/corpus between runs; an input that crashes, leaks past the memory limit or runs longer
# than the timeout is kept in FUZZ_BUILD_DIR/findings and the script exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_dir=${1:-build-fuzz}
seconds=${2:-60}
main_build=${3:-build}

if [ ! -f "$fuzz_dir/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINE_FUZZ=ON \
    -DNEWSLINE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$fuzz_dir" --parallel "$(nproc)"

seeds="$fuzz_dir/seeds"
mkdir -p "$seeds/articlefuzzer" "$seeds/workspacefuzzer" "$seeds/searchfuzzer" "$fuzz_dir/findings"
cp tests/data/extract/*.txt resources/sample-corpus/*.txt "$seeds/articlefuzzer/"
cp tests/fuzz/seeds/search/* "$seeds/searchfuzzer/"
# A workspace of the sample corpus, made by the program itself.
if [ -x "$main_build/bin/newsline" ] && [ ! -f "$seeds/workspacefuzzer/sample.newsline" ]; then
  "$main_build/bin/newsline" import "$seeds/workspacefuzzer/sample.newsline" resources/sample-corpus >/dev/null 2>&1 || true
  rm -f "$seeds/workspacefuzzer/"*-wal "$seeds/workspacefuzzer/"*-shm
fi

status=0
for target in articlefuzzer workspacefuzzer searchfuzzer; do
  corpus="$fuzz_dir/corpus/$target"
  mkdir -p "$corpus"
  log="$fuzz_dir/$target.log"
  # Leak checking is off: Qt keeps process-wide caches that are never freed by design.
  if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "$fuzz_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -detect_leaks=0 \
    -print_final_stats=1 -artifact_prefix="$fuzz_dir/findings/$target-" "$corpus" "$seeds/$target" \
    >"$log" 2>&1; then
    result="no crash"
  else
    result="FAILED (see $log and $fuzz_dir/findings)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  slowest=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "newsline fuzz: $target: $runs executions in ${seconds} s, slowest input ${slowest} s, $result"
done
exit $status
