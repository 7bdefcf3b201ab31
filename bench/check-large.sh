#!/usr/bin/env bash
# Cold `findings check` of a large synthetic study: 1,250 transcripts of ~8,000 words (10 M words, ~57 MB) and 10,000
# quotations, every one traced (issue 17's target: ≤ 1.0 s, peak memory ≤ 2× the corpus). Prints the median wall-clock
# time of RUNS cold runs, each run's peak memory (maximum resident set, /usr/bin/time -v) and CPU time, the corpus's
# size and the ratio of peak memory to it; then, with --stages, where a cold trace spends its time.
#
#   bench/check-large.sh [--words N] [--tool TOOLDIR] [--against TOOLDIR] [--stages] [RUNS]
#
#   --words N          the corpus's size in words (default 10000000; 8 quotations per 8,000-word transcript)
#   --tool TOOLDIR     this tree's tool already published there (bench/publish-tool.sh TOOLDIR) instead of publishing it
#   --against TOOLDIR  another published tool, run in turn with this tree's so that noise falls on both alike
#   --stages           also print the stages (read, decode, hash, split, index, match on one thread; then reading and
#                      indexing on every core, wall against CPU time) from bench/FindingsGen.Benchmarks --stages STUDY
#
# The study is written once per size into bench/.cache/check-WORDS (git-ignored) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5; words=10000000; tool=""; against=""; stages=0
while [ $# -gt 0 ]; do
  case "$1" in
    --words) words=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    --against) against=$2; shift 2 ;;
    --stages) stages=1; shift ;;
    [0-9]*) runs=$1; shift ;;
    *) echo "check-large.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
study=bench/.cache/check-$words
if [ ! -f "$study/.complete" ]; then
  rm -rf "$study"; mkdir -p "$study"
  dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-check-study "$study" "$words" | tail -1
  touch "$study/.complete"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$tool" ]; then cli=$tool/findings; else bench/publish-tool.sh "$work/tool"; cli=$work/tool/findings; fi
corpus=$(cat "$study"/transcripts/* | wc -c)
echo "corpus: $(ls "$study/transcripts" | wc -l) transcripts, $(cat "$study"/transcripts/* | wc -w) words, $corpus bytes ($(( corpus / 1048576 )) MiB); $(cat "$study"/p*.md | grep -c '^::: {.quote') quotations"
source bench/timing.sh

# run NAME TOOL: one cold `check`; appends its ms, peak KB and CPU ms (user + system) to NAME_ms, NAME_kb, NAME_cpu.
run() {
  local name=$1 start end code; shift
  start=$(date +%s%N)
  code=0; /usr/bin/time -v -o "$work/time" "$1" check "$study" >"$work/out" 2>&1 || code=$?
  end=$(date +%s%N)
  # Exit 1 is "findings to report"; anything else means the check did not run.
  if [ "$code" -gt 1 ]; then cat "$work/out" >&2; echo "check-large.sh: '$1 check' failed (exit $code)" >&2; exit 1; fi
  eval "${name}_ms+=($(( (end - start) / 1000000 )))"
  eval "${name}_kb+=($(awk -F': ' '/Maximum resident/ {print $2}' "$work/time"))"
  eval "${name}_cpu+=($(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%d", (u + s) * 1000}' "$work/time"))"
}
ours_ms=(); ours_kb=(); ours_cpu=(); base_ms=(); base_kb=(); base_cpu=()
run ours "$cli"; [ -n "$against" ] && run base "$against/findings"   # warm-up: the study into the page cache
echo "first run's output (diagnostics counted): $(grep -c ': \(error\|warning\) FG' "$work/out" || true) diagnostics; $(tail -1 "$work/out")"
ours_ms=(); ours_kb=(); ours_cpu=(); base_ms=(); base_kb=(); base_cpu=()
for _ in $(seq "$runs"); do
  run ours "$cli"
  [ -n "$against" ] && run base "$against/findings"
done
report() {
  local name=$1 label=$2 ms kb cpu
  eval "ms=\$(median \"\${${name}_ms[@]}\"); kb=\$(median \"\${${name}_kb[@]}\"); cpu=\$(median \"\${${name}_cpu[@]}\")"
  eval "echo \"$label: median \$ms ms wall, \$cpu ms CPU; peak \$(( kb / 1024 )) MiB = \$(awk -v k=\$kb -v c=$corpus 'BEGIN {printf \"%.2f\", k * 1024 / c}')x the corpus (runs: \${${name}_ms[*]} ms; \$(printf '%s ' \"\${${name}_kb[@]}\")KB)\""
}
echo "uptime: $(uptime)"
report ours "findings check ($cli)"
[ -n "$against" ] && report base "against ($against/findings)"
if [ "$stages" = 1 ]; then
  echo "stages (bench/FindingsGen.Benchmarks --stages $study):"
  dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --stages "$study"
fi
