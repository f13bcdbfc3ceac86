#!/usr/bin/env bash
# Starts Newsline on the bundled sample corpus (or on the paths given).
set -euo pipefail
build_dir=${1:-build}
shift || true
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "newsline: no display found (DISPLAY is not set); run it under a virtual one: xvfb-run -a make run" >&2
  exit 2
fi
exec "$build_dir/bin/newsline" "$@"
