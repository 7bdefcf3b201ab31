#!/usr/bin/env bash
# Runs the tests, saying what it is doing as it goes.
#   ./test.sh          the default suite: every test but the slow end-to-end ones (about 3-4 minutes on 2 cores)
#   ./test.sh --all    every test, the slow ones too (packing, native publish, dotnet build of generated
#                      projects); CI runs this (.ci/run)
# Other arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~CliTests" replaces the default filter).
# Installs what a fresh machine lacks first: Debian's Chromium (browser tests) and Pandoc (the round trip of the
# example study's pages to HTML and DOCX).
set -euo pipefail
cd "$(dirname "$0")"
# Builds inside the tests must not leave MSBuild nodes (holding old task assemblies) behind.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

all=false
args=()
for arg in "$@"; do
  case $arg in
    --all) all=true ;;
    *) args+=("$arg") ;;
  esac
done
filter=()
if ! $all; then
  case " ${args[*]-} " in
    *" --filter "*) ;;  # the caller's own filter
    *) filter=(--filter "Category!=Slow") ;;
  esac
fi

say() { echo "test.sh: $*"; }
started=$SECONDS
elapsed() { local s=$((SECONDS - started)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian's ${missing[*]} (for the browser tests and the Pandoc round trip)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if $all; then
  # Everything, the benchmarks and the fuzzing harness too, so that CI sees them compile.
  target=FindingsGen.sln
else
  target=tests/FindingsGen.Tests
fi
if [ -f tests/FindingsGen.Tests/obj/project.assets.json ]; then
  say "building $target (Release)"
else
  say "building $target (Release); the first build restores the NuGet packages, about a minute more"
fi
dotnet build "$target" -c Release --nologo -v minimal -clp:NoSummary

if $all; then
  say "testing: every test, the slow end-to-end ones too ($(elapsed) so far)"
elif [ ${#filter[@]} -eq 0 ]; then
  say "testing: the tests your --filter selects ($(elapsed) so far)"
else
  say "testing: the default suite, without the slow end-to-end tests (./test.sh --all runs them) ($(elapsed) so far)"
fi
# The runner prints a line per test at normal verbosity: count them instead, say the count every 20 seconds, and show
# every failure in full as it comes.
count=$(mktemp)
echo 0 >"$count"
testing=$SECONDS
( trap 'kill "$nap" 2>/dev/null; exit 0' TERM
  while :; do
    sleep 20 & nap=$!
    wait "$nap"
    s=$((SECONDS - testing)) n=$(tail -n 1 "$count")
    say "testing: ${n:-0} passed so far ($((s / 60))m$(printf '%02d' $((s % 60)))s)"
  done ) &
ticker=$!
# (|| true: under set -e a failing command in the trap would replace the tests' exit code.)
trap 'kill "$ticker" 2>/dev/null || true; rm -f "$count"' EXIT
set +e
dotnet test tests/FindingsGen.Tests -c Release --no-build --nologo "${filter[@]}" \
    --logger "console;verbosity=normal" "${args[@]}" 2>&1 |
  awk -v count="$count" '
    function show(line) { print line; fflush() }
    /^  Passed / { passed++; failing = 0; print passed >> count; fflush(count); next }
    /^  Skipped / { skipped++; failing = 0; next }
    /^  Failed / { failed++; failing = 1; show($0); next }
    failing && /^(Test Run|Total tests|Results File)/ { failing = 0 }
    failing { show($0); next }
    /^(Test run for|No test|Results File|Test Run|Total tests|     Passed:|     Failed:|     Skipped:| Total time)|: (error|warning) / { show($0) }
    END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
  '
status=${PIPESTATUS[0]}
set -e
kill "$ticker" 2>/dev/null || true
wait "$ticker" 2>/dev/null || true
say "done in $(elapsed)"
exit "$status"
