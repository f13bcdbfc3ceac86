#!/usr/bin/env bash
# Installs what is missing, builds Newsline and opens its window on the bundled sample corpus
# (or on the paths given: ./run.sh ARTICLES_FOLDER).
set -euo pipefail
cd "$(dirname "$0")"
build_dir=${NEWSLINE_BUILD_DIR:-build}
scripts/setup.sh "$build_dir"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "newsline: no display found (DISPLAY is not set); run it under a virtual one: xvfb-run -a ./run.sh" >&2
  exit 2
fi
exec "$build_dir/bin/newsline" "$@"
