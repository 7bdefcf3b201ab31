#!/usr/bin/env bash
# Publishes the findings tool as it is shipped — for this machine, precompiled (ReadyToRun), framework-dependent —
# into the folder given; the benchmarks run "$1/findings".
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
dotnet publish -c Release -r "$rid" --self-contained false src/FindingsGen -o "$1" -v:q -nodeReuse:false >/dev/null
