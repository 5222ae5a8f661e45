#!/usr/bin/env bash
# Quick start (2): install, build, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)")
# CI (and anyone who asks) runs the suite a second time under the sanitizers.
if [ "${CI:-}" = "true" ] || [ "${NIANBAO_SANITIZE:-}" = "1" ]; then
  scripts/sanitize.sh
fi
