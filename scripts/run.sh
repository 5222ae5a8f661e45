#!/usr/bin/env bash
# Quick start (1): install, build, and open the workbench on the bundled
# sample report. Without a display (or before the GUI exists) it runs the
# CLI check on the same sample instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
sample=resources/samples/sample-report.txt
if [ -x build/bin/nianbao ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/nianbao "$sample"
fi
status=0
build/bin/nianbao-cli check "$sample" || status=$?
# Exit status 1 means the sample's real balance errors were found, as expected.
[ "$status" -le 1 ] || exit "$status"
