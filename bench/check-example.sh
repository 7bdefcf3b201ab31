#!/usr/bin/env bash
# Cold-process time of `findings check content` (median of N runs), with and without the transcripts.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
dotnet build -c Release src/FindingsGen -v:q -nodeReuse:false >/dev/null
cli=src/FindingsGen/bin/Release/net10.0/findings.dll
source bench/timing.sh
t1=$(median_of "$runs" dotnet "$cli" check content)
echo "findings check content (transcripts traced): $t1 ms"
lockonly=$(mktemp -d); trap 'rm -rf "$lockonly"' EXIT
cp -r content/. "$lockonly"; rm -rf "$lockonly/transcripts" "$lockonly/bin" "$lockonly/obj"
t2=$(median_of "$runs" dotnet "$cli" check "$lockonly")
echo "findings check (lock only, no transcripts):  $t2 ms"
t3=$(median_of "$runs" dotnet --version)
echo "dotnet --version (process start baseline):   $t3 ms"
tool=$(mktemp -d); trap 'rm -rf "$lockonly" "$tool"' EXIT
bench/publish-tool.sh "$tool"
t4=$(median_of "$runs" "$tool/findings" check content)
echo "published tool, check content:               $t4 ms"
t5=$(median_of "$runs" "$tool/findings" check "$lockonly")
echo "published tool, lock only:                   $t5 ms"
