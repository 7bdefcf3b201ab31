#!/usr/bin/env bash
# Times `findings check` and `findings build --draft` on pages written to be hard to parse: deep nesting, unclosed
# fenced divs, runs of open brackets, long tables. Every one must answer within seconds, with a located
# diagnostic or a published page (docs/language.md, "Limits"). Usage: bench/hostile-pages.sh [KIND SIZE]...
# (default: every kind at the size that used to hang or crash). Prints "kind size: check X ms (exit N), build Y ms (exit M)".
set -uo pipefail
cd "$(dirname "$0")/.."
cli=${FINDINGS:-dotnet src/FindingsGen/bin/Release/net10.0/findings.dll}
limit=${LIMIT:-120}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# page KIND SIZE: writes the page's text to stdout.
page() {
  python3 - "$1" "$2" <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
w = sys.stdout.write
if kind == "blockquotes":   w(">" * n + " x\n")                        # n nested block quotes on one line
elif kind == "brackets":    w("[" * n + "\n")                           # n open brackets
elif kind == "emphasis":    w("*" * n + "x" + "*" * n + "\n")           # n nested emphasis markers
elif kind == "divs":        w("::: {.quote from=T1}\n" * n)             # n fenced divs, none closed
elif kind == "closeddivs":  w("::: {.quote from=T1}\n" * n + "x\n" + ":::\n" * n)
elif kind == "lists":       w("".join("  " * i + "- x\n" for i in range(n)))  # n nested list items
elif kind == "table":       w("| a | b |\n|---|---|\n| *x | y |\n" + "| x | y |\n" * n)  # n rows, one unmatched *
elif kind == "paragraph":   w("word *x\n" * n)                            # one paragraph of n lines
elif kind == "spans":       w("[x]{.freq of=T1} " * n + "\n")           # n spans on one line
elif kind == "links":       w("[x](#a " * n + "\n")                     # n unclosed links
elif kind == "stars":       w("| who | said |\n|---|---|\n" + "| T1* | yes |\n" * n)   # a table with a star in n cells
elif kind == "deepspan":    w("[" + "*" * n + "x" + "*" * n + "]{.note}\n")   # emphasis n deep inside a span's text
elif kind == "attrs":       w("[a]{k=x" * n + "\n")                   # n spans whose attribute list never closes
elif kind == "headbraces":  w("# T " + "{k=x" * n + "}\n")               # a heading with n open braces
elif kind == "attrs2":      w("[a]{k=x " * n + "\n")                  # n spans whose attribute list fails at once
elif kind == "nestedspans": w("[" * n + "x" + "]{.a}" * n + "\n")       # n spans, each inside the one before
elif kind == "spanlinks":   w("[" + "[x](#a " * n + "]{.note}\n")      # n unclosed links inside one span
elif kind == "bigpage":     w(("Plain prose, line after line, nothing nested.\n\n") * n)
else: sys.exit("unknown kind " + kind)
PY
}

run() {
  local kind=$1 size=$2 dir=$work/$1-$2
  mkdir -p "$dir"
  printf 'title: x\nparticipants: {T1: {}}\n' >"$dir/findings.yml"
  page "$kind" "$size" >"$dir/results.md"
  local t0 t1 t2 rc1 rc2
  t0=$(date +%s%N)
  timeout "$limit" $cli check "$dir" >"$dir.check" 2>&1; rc1=$?
  t1=$(date +%s%N)
  timeout "$limit" $cli build "$dir" --draft -o "$dir.site" >"$dir.build" 2>&1; rc2=$?
  t2=$(date +%s%N)
  echo "$kind $size: check $(( (t1 - t0) / 1000000 )) ms (exit $rc1), build --draft $(( (t2 - t1) / 1000000 )) ms (exit $rc2)"
  grep -hm1 -E 'error|internal' "$dir.check" | cut -c1-160 | sed 's/^/    check: /'
  grep -hm1 -E 'internal' "$dir.build" | cut -c1-160 | sed 's/^/    build: /'
}

if [ $# -eq 0 ]; then
  set -- blockquotes 128 brackets 20000 emphasis 257 divs 8000 closeddivs 2000 lists 2000 table 16000 paragraph 16000 spans 20000 nestedspans 20000 spanlinks 20000 links 20000 bigpage 100000
fi
while [ $# -ge 2 ]; do run "$1" "$2"; shift 2; done
