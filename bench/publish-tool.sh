#!/usr/bin/env bash
# Publishes the findings tool as it is shipped — a native executable for this machine (Native AOT) — into the folder
# given; the benchmarks run "$1/findings". Native AOT links with a C toolchain: clang, or gcc where clang is missing
# (Debian's clang is installed when neither is there).
set -euo pipefail
cd "$(dirname "$0")/.."
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
linker=()
if ! command -v clang >/dev/null; then
  if command -v gcc >/dev/null; then
    linker=(-p:CppCompilerAndLinker=gcc)
  else
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang >/dev/null
  fi
fi
if ! log=$(dotnet publish -c Release -r "$rid" src/FindingsGen -o "$1" -v:q -nodeReuse:false "${linker[@]}" 2>&1) || [ ! -x "$1/findings" ]; then
  echo "$log" >&2
  echo "publish-tool.sh: publishing the tool failed" >&2
  exit 1
fi
