#!/usr/bin/env bash
# The tool at an older commit against the tool as it is now: cold `findings build` of the 1,000-page synthetic study,
# the two taking turns run by run (so this VM's drifting speed falls on both alike); medians of wall-clock and system
# time. Usage: bench/compare-tools.sh REVISION [runs], e.g. bench/compare-tools.sh 69c9a40^ 11.
set -euo pipefail
cd "$(dirname "$0")/.."
revision=$1; runs=${2:-11}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old-tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/old-tree" "$revision" >/dev/null 2>&1
"$work/old-tree/bench/publish-tool.sh" "$work/old"
bench/publish-tool.sh "$work/new"
dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-site-study "$work" | tail -1
source bench/timing.sh
# One run: "wall-ms system-ms".
measured() {
  local TIMEFORMAT='%R %S' line
  line=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || { echo "failed: $*" >&2; exit 1; }
  awk '{ printf "%d %d", $1 * 1000, $2 * 1000 }' <<<"$line"
}
old_wall=(); old_sys=(); new_wall=(); new_sys=()
for _ in $(seq "$runs"); do
  run=$(measured "$work/old/findings" build "$work/study" -o "$work/out-old"); read -r w s <<<"$run"; old_wall+=("$w"); old_sys+=("$s")
  run=$(measured "$work/new/findings" build "$work/study" -o "$work/out-new"); read -r w s <<<"$run"; new_wall+=("$w"); new_sys+=("$s")
done
echo "at $revision: $(median "${old_wall[@]}") ms wall, $(median "${old_sys[@]}") ms system"
echo "now:  $(median "${new_wall[@]}") ms wall, $(median "${new_sys[@]}") ms system"
