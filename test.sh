#!/usr/bin/env bash
# Runs every test. Installs what a fresh machine lacks first.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test FindingsGen.sln -c Release --nologo "$@"
