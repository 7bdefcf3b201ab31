#!/usr/bin/env bash
# Cold `findings build` of a synthetic study (1,000 pages of ~600 words and 5 quotations each, by default) against
# Hugo building the same pages, in the same run, and a cold `findings build` of the example study. Median of RUNS runs
# each, with each run's peak memory (maximum resident set). Installs Debian's hugo if missing.
#
#   bench/site-vs-hugo.sh [RUNS] [--pages N] [--after-pause [SECONDS]] [--against REV|TOOLDIR] [--tool TOOLDIR]
#
#   --pages N          the synthetic study's size (100, 1000, 10000 …)
#   --after-pause [S]  sleep S seconds (default 5) before each run, as a writer rebuilds after a pause to write:
#                      caches have cooled and the machine has turned to other work, unlike back-to-back runs
#   --against REV      also publish the tool at git revision REV (or use the published tool in TOOLDIR) and run it
#                      in turn with this tree's, into an output folder of its own, so that noise falls on both alike
#   --tool TOOLDIR     use this tree's tool already published there (bench/publish-tool.sh TOOLDIR) instead of publishing
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5; pages=1000; pause=0; against=""; tool=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    --after-pause) if [[ "${2:-}" =~ ^[0-9]+$ ]]; then pause=$2; shift 2; else pause=5; shift; fi ;;
    --against) against=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    [0-9]*) runs=$1; shift ;;
    *) echo "site-vs-hugo.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if ! command -v hugo >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq hugo >/dev/null
fi
work=$(mktemp -d)
cleanup() { [ -d "$work/against-tree" ] && git worktree remove --force "$work/against-tree"; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "$tool" ]; then cli=$tool/findings; else bench/publish-tool.sh "$work/tool"; cli=$work/tool/findings; fi
other=""
if [ -n "$against" ]; then
  if [ -x "$against/findings" ]; then
    other=$against/findings
  else
    git worktree add -q --detach "$work/against-tree" "$against"
    "$work/against-tree/bench/publish-tool.sh" "$work/against-tool"
    other=$work/against-tool/findings
  fi
fi
dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-site-study "$work" "$pages" | tail -1
source bench/timing.sh

# run NAME CMD…: after the pause, one cold run of CMD; appends its ms and peak KB to the arrays named NAME_ms, NAME_kb.
run() {
  local name=$1 start end; shift
  [ "$pause" -gt 0 ] && sleep "$pause"
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || { echo "failed (exit $?): $*" >&2; exit 1; }
  end=$(date +%s%N)
  eval "${name}_ms+=($(( (end - start) / 1000000 )))"
  eval "${name}_kb+=($(tail -1 "$work/rss"))"
}
# The tools take turns, so that the VM's drifting speed falls on each alike; each rebuilds into its own folder.
ours_ms=(); ours_kb=(); base_ms=(); base_kb=(); hugo_ms=(); hugo_kb=()
for _ in $(seq "$runs"); do
  run ours "$cli" build "$work/study" -o "$work/out"
  [ -n "$other" ] && run base "$other" build "$work/study" -o "$work/out-against"
  run hugo hugo --quiet -s "$work/hugo" -d "$work/hugo-out"
done
mb() { awk -v k="$(median "$@")" 'BEGIN { printf "%.0f", k / 1024 }'; }
t1=$(median "${ours_ms[@]}"); t2=$(median "${hugo_ms[@]}")
mode=$([ "$pause" -gt 0 ] && echo "after a ${pause} s pause" || echo "back to back")
echo "$runs runs each, $mode; all times ${ours_ms[*]} (findings) / ${hugo_ms[*]} (hugo)"
echo "findings build, $pages pages / $((pages * 5)) quotations traced: $t1 ms, peak $(mb "${ours_kb[@]}") MB"
if [ -n "$other" ]; then
  t3=$(median "${base_ms[@]}")
  echo "findings build at $against, the same pages:   $t3 ms, peak $(mb "${base_kb[@]}") MB (all times ${base_ms[*]})"
  echo "this tree / $against: $(awk -v a="$t1" -v b="$t3" 'BEGIN { printf "%.2f", a / b }')"
fi
echo "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), the same pages: $t2 ms, peak $(mb "${hugo_kb[@]}") MB"
echo "ratio: $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", a / b }')"
echo "findings build content (the example study):          $(median_of "$runs" "$cli" build content -o "$work/example") ms"
"$cli" build "$work/study" -o "$work/out" --timings | tail -2
[ -n "$other" ] && "$other" build "$work/study" -o "$work/out-against" --timings | tail -1
"$cli" build content -o "$work/example" --timings | tail -1
