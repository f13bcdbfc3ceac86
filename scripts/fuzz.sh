#!/usr/bin/env bash
# Long fuzzing runs by hand, on an optimised build of the configuration the test command uses (clang,
# AddressSanitizer + UndefinedBehaviorSanitizer, the libFuzzer targets of tests/fuzz): article bytes -> reader -> extraction, saved pages and feeds -> extraction,
# workspace bytes -> open -> tables -> item models, search query -> FTS5. Each target runs for SECONDS; corpora grow in
# BUILD_DIR/tests/fuzz/runs/TARGET/corpus between runs, and a finding is kept in BUILD_DIR/tests/fuzz/runs/TARGET/findings.
# Usage: scripts/fuzz.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
build_dir=${2:-build-fuzz}
CC=clang CXX=clang++ scripts/setup.sh "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSLINE_SANITIZE=ON -DNEWSLINE_FUZZ=ON
# The workspace target's seed is a workspace of the sample corpus, made by the program itself.
ctest --test-dir "$build_dir" -R '^fuzz_seed_workspace$' --output-on-failure >/dev/null
status=0
while read -r fuzzer work seeds; do
  # shellcheck disable=SC2086 # the seed folders are separate words
  tests/fuzz/run.sh "$fuzzer" "$seconds" "$work" $seeds || status=1
done <"$build_dir/fuzz-targets.txt"
exit $status
