#!/usr/bin/env bash
# Installs what is missing, builds Newsline and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${NEWSLINE_BUILD_DIR:-build}
scripts/setup.sh "$build_dir"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
