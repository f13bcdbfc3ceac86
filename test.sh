#!/usr/bin/env bash
# Installs what is missing, builds Newsline with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and runs the
# whole test suite on that build: one build that proves the features and the memory safety both. The same build holds
# the libFuzzer targets (tests/fuzz), which run as tests for NEWSLINE_FUZZ_SECONDS each. (An unoptimised build: with the
# sanitizers, an optimised one takes three times as long to compile on two cores.)
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${NEWSLINE_BUILD_DIR:-build-test}
CC=clang CXX=clang++ scripts/setup.sh "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DNEWSLINE_SANITIZE=ON -DNEWSLINE_FUZZ=ON
# Leak checking is off: Qt and fontconfig keep process-wide caches that are never freed by design.
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
