#!/usr/bin/env bash
# The fuzzing campaign of docs/fuzzing.md: about 1,040,000 executions over every target, in two streams that run
# side by side (one per core), each a list of seeded runs; 3 s a input, since two streams share the machine. Prints each run's closing table; the logs go to
# ${LOGS:-/tmp/fg-fuzz}. Usage: fuzz/campaign.sh [SEED] (default 11). Exit code 1 when any run stored a finding.
set -u
cd "$(dirname "$0")/.."
seed=${1:-11}
logs=${LOGS:-/tmp/fg-fuzz}
mkdir -p "$logs"
dotnet build fuzz/FindingsGen.Fuzz -c Release --nologo -v q >/dev/null || exit 2
run() { dotnet run --project fuzz/FindingsGen.Fuzz -c Release --no-build -- --target "$1" --execs "$2" --seed "$seed" --budget-ms 3000 > "$logs/$1.log" 2>&1; echo "$1 exit $?" >> "$logs/exits"; }
: > "$logs/exits"
( run manifest 400000; run tracer 200000; run transcript-txt 80000; run transcript-md 80000 ) &
( run page 150000; run transcript-vtt 80000; run transcript-docx 40000; run site 10000 ) &
wait
for log in "$logs"/*.log; do echo "== $(basename "$log" .log)"; tail -n 4 "$log"; done
cat "$logs/exits"
! grep -qv ' exit 0$' "$logs/exits"
