#!/usr/bin/env bash
# Cold `findings build` against Hugo building the same pages, in the same run, the two taking turns run by run (so that
# this VM's drifting speed falls on both alike): for each size of synthetic study (~600 words and 5 quotations a page,
# every quotation traced against 100 transcripts) and for the example study (`content/`, its pages given to Hugo as
# they are), in both modes — back to back, and after a pause before each run, as a writer rebuilds after a pause to
# write (caches cooled, the machine turned to other work). Prints each mode's median times, the ratio, and both tools'
# peak memory (maximum resident set, /usr/bin/time), then a summary table. Installs Debian's hugo if missing.
#
#   bench/site-vs-hugo.sh [RUNS] [--pages N[,N…]] [--pause SECONDS] [--after-pause [SECONDS]] [--back-to-back]
#                         [--against REV|TOOLDIR] [--tool TOOLDIR]
#
#   RUNS               runs of each tool in each mode (default 5); the median is reported
#   --pages N[,N…]     the synthetic studies' sizes (default 1000; e.g. 100,1000,10000)
#   --pause S          the pause of the after-pause mode (default 5 s)
#   --after-pause [S]  the after-pause mode only (and its pause); --back-to-back: that mode only. Default: both modes
#   --against REV      also publish the tool at git revision REV (or use the published tool in TOOLDIR) and run it
#                      in turn with this tree's, into an output folder of its own, so that noise falls on both alike
#   --tool TOOLDIR     use this tree's tool already published there (bench/publish-tool.sh TOOLDIR) instead of publishing
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5; sizes=1000; pause=5; modes="back pause"; against=""; tool=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) sizes=$2; shift 2 ;;
    --pause) pause=$2; shift 2 ;;
    --after-pause) modes="pause"; if [[ "${2:-}" =~ ^[0-9]+$ ]]; then pause=$2; shift 2; else shift; fi ;;
    --back-to-back) modes="back"; shift ;;
    --against) against=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    [0-9]*) runs=$1; shift ;;
    *) echo "site-vs-hugo.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
source bench/timing.sh
need_hugo
work=$(mktemp -d)
cleanup() { [ -d "$work/against-tree" ] && git worktree remove --force "$work/against-tree"; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "$tool" ]; then cli=$tool/findings; else bench/publish-tool.sh "$work/tool"; cli=$work/tool/findings; fi
other=""
if [ -n "$against" ]; then
  if [ -x "$against/findings" ]; then
    other=$against/findings
  else
    git worktree add -q --detach "$work/against-tree" "$against"
    "$work/against-tree/bench/publish-tool.sh" "$work/against-tool"
    other=$work/against-tool/findings
  fi
fi
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"

# Hugo's copy of the example study: its pages cut at each top-level heading (a theme each, as findings makes a page of
# each theme; Hugo renders the fenced divs as text), one layout as for the synthetic pages; findings builds `content/`.
hugo_site() { # FOLDER: the minimal layouts and configuration both Hugo sites share
  mkdir -p "$1/content" "$1/layouts/_default"
  printf "baseURL = 'https://example.org/'\ntitle = 'Synthetic'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n" > "$1/hugo.toml"
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><nav><a href="/">Home</a></nav><main>{{ .Content }}</main></body></html>' > "$1/layouts/_default/single.html"
  echo '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' > "$1/layouts/_default/list.html"
  echo '<!DOCTYPE html><html><head><title>{{ .Site.Title }}</title></head><body><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>' > "$1/layouts/index.html"
}
mkdir -p "$work/example"
hugo_site "$work/example/hugo"
for page in content/*.md; do
  [ "$(basename "$page")" = README.md ] && continue
  awk -v out="$work/example/hugo/content/$(basename "$page" .md)" '
    function start(title) { n++; file = out "-" n ".md"; sub(/ *\{.*\}$/, "", title); gsub(/"/, "", title); printf "---\ntitle: \"%s\"\n---\n\n", title > file }
    NR == 1 && /^---$/ { own = 1; next }
    own { if (/^---$/) own = 0; next }
    /^# / { start(substr($0, 3)) }
    { if (!n) start("Introduction"); print > file }' "$page"
done
ln -s "$PWD/content" "$work/example/study"

# run NAME CMD…: after the pause (if any), one cold run of CMD; appends its ms and peak KB to the arrays NAME_ms, NAME_kb.
run() {
  local name=$1 start end; shift
  [ "$wait" -gt 0 ] && sleep "$wait"
  start=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || { echo "failed (exit $?): $*" >&2; exit 1; }
  end=$(date +%s%N)
  eval "${name}_ms+=($(( (end - start) / 1000000 )))"
  eval "${name}_kb+=($(tail -1 "$work/rss"))"
}
mb() { awk -v k="$(median "$@")" 'BEGIN { printf "%.0f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
summary=()

# measure LABEL DIR: both modes on the study DIR/study (findings) and DIR/hugo (Hugo).
measure() {
  local label=$1 dir=$2 mode
  for mode in $modes; do
    ours_ms=(); ours_kb=(); base_ms=(); base_kb=(); hugo_ms=(); hugo_kb=(); warm_ms=(); warm_kb=()
    # One unmeasured run each first: every measured run then rebuilds into its previous output, as a writer's rebuild does.
    wait=0
    run warm "$cli" build "$dir/study" -o "$dir/out"
    [ -n "$other" ] && run warm "$other" build "$dir/study" -o "$dir/out-against"
    run warm hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
    if [ "$mode" = pause ]; then wait=$pause; said="after a ${pause} s pause"; else wait=0; said="back to back"; fi
    for _ in $(seq "$runs"); do
      run ours "$cli" build "$dir/study" -o "$dir/out"
      [ -n "$other" ] && run base "$other" build "$dir/study" -o "$dir/out-against"
      run hugo hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out"
    done
    local t1 t2 t3 line
    t1=$(median "${ours_ms[@]}"); t2=$(median "${hugo_ms[@]}")
    echo "$label, $said, $runs runs each: findings ${ours_ms[*]} ms / hugo ${hugo_ms[*]} ms"
    echo "  findings build: $t1 ms, peak $(mb "${ours_kb[@]}") MB; hugo: $t2 ms, peak $(mb "${hugo_kb[@]}") MB; ratio $(ratio "$t1" "$t2")"
    line="| $label | $said | $t1 ms | $(mb "${ours_kb[@]}") MB | $t2 ms | $(mb "${hugo_kb[@]}") MB | $(ratio "$t1" "$t2") |"
    if [ -n "$other" ]; then
      t3=$(median "${base_ms[@]}")
      echo "  findings at $against: $t3 ms, peak $(mb "${base_kb[@]}") MB (${base_ms[*]}); this tree / $against: $(ratio "$t1" "$t3")"
      line="$line $t3 ms | $(mb "${base_kb[@]}") MB | $(ratio "$t1" "$t3") |"
    fi
    summary+=("$line")
  done
  # Where the time and memory go (one more run): stage times, memory allocated per stage, collections.
  echo "  $("$cli" build "$dir/study" -o "$dir/out" --timings | tail -1)"
  [ -n "$other" ] && echo "  at $against: $("$other" build "$dir/study" -o "$dir/out-against" --timings | tail -1)"
  return 0
}

for pages in ${sizes//,/ }; do
  dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-site-study "$work/s$pages" "$pages" | tail -1
  measure "$pages pages / $((pages * 5)) quotations" "$work/s$pages"
  rm -rf "$work/s$pages"
done
measure "example study ($(ls "$work/example/hugo/content" | wc -l) Markdown pages for Hugo)" "$work/example"

echo
echo "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1), $(nproc) cores, $(uptime | sed 's/.*load/load/')"
header="| site | mode | findings | peak | hugo | peak | findings / hugo |"
[ -n "$other" ] && header="$header at $against | peak | this tree / $against |"
echo "$header"
echo "$header" | sed 's/[^|]/-/g; s/--*/---/g'
printf '%s\n' "${summary[@]}"
