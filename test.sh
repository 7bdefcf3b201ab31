#!/usr/bin/env bash
# Runs every test. Installs what a fresh machine lacks first.
set -euo pipefail
# Builds inside the tests must not leave MSBuild nodes (holding old task assemblies) behind.
export MSBUILDDISABLENODEREUSE=1
cd "$(dirname "$0")"
dotnet test FindingsGen.sln -c Release --nologo "$@"
