#!/usr/bin/env bash
# Cold `findings build` of a 1,000-page synthetic study against Hugo building the same pages, in the same run,
# and a cold `findings build` of the example study. Median of N runs each. Installs Debian's hugo if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
if ! command -v hugo >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq hugo >/dev/null
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bench/publish-tool.sh "$work/tool"
cli=$work/tool/findings
dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-site-study "$work" | tail -1
source bench/timing.sh
# findings and Hugo take turns, so that the VM's drifting speed falls on both alike.
ours=(); theirs=()
for _ in $(seq "$runs"); do
  ours+=("$(timed "$cli" build "$work/study" -o "$work/out")")
  theirs+=("$(timed hugo --quiet -s "$work/hugo" -d "$work/hugo-out")")
done
t1=$(median "${ours[@]}"); t2=$(median "${theirs[@]}")
echo "findings build, 1,000 pages / 5,000 quotations traced: $t1 ms"
echo "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), the same 1,000 pages:        $t2 ms"
echo "ratio: $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", a / b }')"
echo "findings build content (the example study):          $(median_of "$runs" "$cli" build content -o "$work/example") ms"
"$cli" build "$work/study" -o "$work/out" --timings | tail -2
"$cli" build content -o "$work/example" --timings | tail -1
