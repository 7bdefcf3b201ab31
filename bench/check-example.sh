#!/usr/bin/env bash
# Cold-process time of `findings check content` (median of N runs), with and without the transcripts.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
dotnet build -c Release src/FindingsGen -v:q -nodeReuse:false >/dev/null
cli=src/FindingsGen/bin/Release/net10.0/findings.dll
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
echo "findings check content (transcripts traced): $(median dotnet "$cli" check content) ms"
lockonly=$(mktemp -d); trap 'rm -rf "$lockonly"' EXIT
cp -r content/. "$lockonly"; rm -rf "$lockonly/transcripts" "$lockonly/bin" "$lockonly/obj"
echo "findings check (lock only, no transcripts):  $(median dotnet "$cli" check "$lockonly") ms"
echo "dotnet --version (process start baseline):   $(median dotnet --version) ms"
# The tool as shipped: published for this machine, precompiled (ReadyToRun).
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
tool=$(mktemp -d); trap 'rm -rf "$lockonly" "$tool"' EXIT
dotnet publish -c Release -r "$rid" --self-contained false src/FindingsGen -o "$tool" -v:q -nodeReuse:false >/dev/null
echo "published tool, check content:               $(median "$tool/findings" check content) ms"
echo "published tool, lock only:                   $(median "$tool/findings" check "$lockonly") ms"
