#!/usr/bin/env bash
# Folder-review figures (README, "Speed"): the CLI checking generated folders
# of 10,000 reports (text, then DOCX) with --jobs 2, peak memory at 1,000 and
# 10,000 files, and LibreOffice's headless text conversion of the same DOCX
# files as the hand-rolled alternative, as a per-file ratio in the same run.
#
#   bench/folder-review.sh [WORK_DIR]      (after scripts/bootstrap.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
work=${1:-/tmp/nianbao-folder-review}
count=${NIANBAO_BENCH_COUNT:-10000}
lo_sample=${NIANBAO_BENCH_LO_SAMPLE:-100}
rm -rf "$work" && mkdir -p "$work"

measure() {  # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
  read -r wall rss < <(tail -n 1 "$work/time.txt")  # "Command exited with non-zero status" may come first
  printf '%-44s %8.2f s  %8d KB peak\n' "$label" "$wall" "$rss"
  echo "$wall"  > "$work/last-wall.txt"
}

"$bin/make_bench_corpus" "$work/text" "$count"
"$bin/make_bench_corpus" "$work/text-1k" 1000
"$bin/make_bench_corpus" "$work/docx" "$count" --docx

measure "check $count text reports (--jobs 2)" "$bin/nianbao-cli" check --jobs 2 --summary "$work/text.csv" "$work/text"
measure "check 1000 text reports (--jobs 2)" "$bin/nianbao-cli" check --jobs 2 "$work/text-1k"
measure "check $count DOCX reports (--jobs 2)" "$bin/nianbao-cli" check --jobs 2 --summary "$work/docx.csv" "$work/docx"
cli_docx=$(cat "$work/last-wall.txt")

if command -v soffice > /dev/null; then
  mkdir -p "$work/lo-in" "$work/lo-out"
  mapfile -t sample < <(find "$work/docx" -name '*.docx' | sort | head -n "$lo_sample")
  cp "${sample[@]}" "$work/lo-in/"
  measure "LibreOffice --convert-to txt, $lo_sample DOCX" soffice --headless --convert-to txt:Text --outdir "$work/lo-out" "$work"/lo-in/*.docx
  lo=$(cat "$work/last-wall.txt")
  awk -v lo="$lo" -v n="$lo_sample" -v cli="$cli_docx" -v count="$count" 'BEGIN {
    printf "per DOCX file: LibreOffice text conversion %.2f ms, nianbao-cli full check %.2f ms: ratio %.0fx\n",
           1000 * lo / n, 1000 * cli / count, (lo / n) / (cli / count) }'
else
  echo "LibreOffice (soffice) not installed: no comparison"
fi
