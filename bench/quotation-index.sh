#!/usr/bin/env bash
# The quotation index at scale (issue 16): writes a study of QUOTATIONS quotations (default 20,000) by 100 participants
# under 5 themes of 4 subthemes, builds its site with this tree's CLI, opens quotations.html from disk in Debian's
# Chromium and times, from each input event to the next frame, RUNS rounds (default 10) of: typing a word letter by
# letter, clearing it, the Clear button, choosing a theme, choosing a participant. Prints median and p95 per action.
#
#   bench/quotation-index.sh [QUOTATIONS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
quotations=${1:-20000}; runs=${2:-10}
[ -x /usr/bin/chromium ] || { echo "quotation-index.sh: needs Debian's Chromium (apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/FindingsGen -c Release -v q --nologo >/dev/null
dotnet build bench/FindingsGen.BrowserBench -c Release -v q --nologo >/dev/null
dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-index-study "$work/study" "$quotations"
dotnet src/FindingsGen/bin/Release/net10.0/findings.dll build "$work/study" -o "$work/site"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet bench/FindingsGen.BrowserBench/bin/Release/net10.0/FindingsGen.BrowserBench.dll "$work/site" "$runs"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
