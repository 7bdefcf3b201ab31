#!/usr/bin/env bash
# Runs every test. Installs what a fresh machine lacks first: Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")"
# Builds inside the tests must not leave MSBuild nodes (holding old task assemblies) behind.
export MSBUILDDISABLENODEREUSE=1
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
dotnet test FindingsGen.sln -c Release --nologo "$@"
