#!/usr/bin/env bash
# Installs what is missing, builds Newsline and runs the whole test suite, then builds it again with
# AddressSanitizer and UndefinedBehaviorSanitizer and runs the suite once more.
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${NEWSLINE_BUILD_DIR:-build}
scripts/setup.sh "$build_dir"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"

echo "newsline: the suite again under AddressSanitizer and UndefinedBehaviorSanitizer"
scripts/setup.sh "$build_dir-sanitize" -DCMAKE_BUILD_TYPE=Debug -DNEWSLINE_SANITIZE=ON
# Leak checking is off: Qt and fontconfig keep process-wide caches that are never freed by design.
# The formatting check and the French-locale reruns do not change under sanitizers.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$build_dir-sanitize" --output-on-failure --parallel "$(nproc)" -E 'clang-format|_fr$'
