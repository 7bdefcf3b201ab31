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
dotnet build -c Release src/FindingsGen -v:q -nodeReuse:false >/dev/null
cli=$PWD/src/FindingsGen/bin/Release/net10.0/findings.dll
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-site-study "$work" | tail -1
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
echo "findings build, 1,000 pages / 5,000 quotations traced: $(median dotnet "$cli" build "$work/study" -o "$work/out") ms"
echo "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), the same 1,000 pages:        $(median hugo --quiet -s "$work/hugo" -d "$work/hugo-out") ms"
echo "findings build content (the example study):          $(median dotnet "$cli" build content -o "$work/example") ms"
dotnet "$cli" build "$work/study" -o "$work/out" | tail -1
