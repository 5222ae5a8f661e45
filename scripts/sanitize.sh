#!/usr/bin/env bash
# The whole test suite once under AddressSanitizer and UndefinedBehaviorSanitizer,
# in build-sanitize/. With clang (installed by bootstrap.sh) the libFuzzer
# targets are built too and their bounded smoke runs are part of the suite.
# Run by scripts/test.sh when CI=true or NIANBAO_SANITIZE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
options=(-DNIANBAO_SANITIZE=ON -DNIANBAO_BUILD_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if command -v clang++ > /dev/null; then
  options+=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DNIANBAO_FUZZ=ON)
fi
if [ ! -f build-sanitize/build.ninja ]; then
  cmake -S . -B build-sanitize -G Ninja "${options[@]}"
fi
cmake --build build-sanitize --parallel "$(nproc)"
cd build-sanitize
# Leak checking is off: Qt's and fontconfig's process-lifetime caches are
# reported as leaks at exit and would drown real ones.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
