#!/usr/bin/env bash
# How long a writer waits after saving: `findings serve` against `hugo server` on the same synthetic pages, side by side.
# Each run saves one page (write-then-rename, as most editors save) with a new word in it and polls the page's URL until the
# new HTML is served; for findings it also saves one transcript (a new line at the top each run: the quotations of that
# participant move and are traced again) and waits for the server to log the rebuild. Medians of RUNS runs, and the ratio.
# Installs Debian's hugo if missing.
#
#   bench/serve-latency.sh [RUNS] [--pages N] [--tool TOOLDIR] [--study DIR]
#
#   --pages N       the synthetic study's size (default 1000; the generator in bench/FindingsGen.Benchmarks writes it)
#   --tool TOOLDIR  the tool already published there (bench/publish-tool.sh TOOLDIR) instead of publishing it
#   --study DIR     a folder the generator already wrote (--write-site-study DIR N): it is copied, not written again
set -euo pipefail
cd "$(dirname "$0")/.."
runs=10; pages=1000; tool=""; given=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    --study) given=$2; shift 2 ;;
    [0-9]*) runs=$1; shift ;;
    *) echo "serve-latency.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
source bench/timing.sh
need_hugo
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "$tool" ]; then cli=$tool/findings; else bench/publish-tool.sh "$work/tool"; cli=$work/tool/findings; fi
if [ -n "$given" ]; then
  cp -r "$given/study" "$given/hugo" "$work/"
else
  dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-site-study "$work" "$pages" | tail -1
fi

# The page edited: the middle one, in both trees; a marker word starts its first paragraph.
n=$(( pages / 2 )); name=$(cd "$work/study" && ls p*.md | sed -n "${n}p"); num=$((10#$(echo "$name" | tr -dc 0-9)))
for f in "$work/study/$name" "$work/hugo/content/$name"; do
  perl -0pi -e "s/(\\{#s$num \\.subtheme\\}\\n\\n)/\$1MARKER0 /" "$f"
  grep -q MARKER0 "$f" || { echo "serve-latency.sh: could not mark $f" >&2; exit 1; }
done
transcript=$(ls "$work/study/transcripts" | head -1)

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
fport=$(port); hport=$(port)
"$cli" serve "$work/study" --port "$fport" > "$work/findings.log" 2>&1 & pids+=($!)
hugo server -s "$work/hugo" --bind 127.0.0.1 --port "$hport" --disableFastRender --quiet > "$work/hugo.log" 2>&1 & pids+=($!)
slug=$(echo "$name" | sed 's/\.md$//')

python3 - "$runs" "$work" "$name" "$transcript" "http://127.0.0.1:$fport/themes/t$num.html" "http://127.0.0.1:$hport/$slug/" <<'PY'
import os, sys, time, re, statistics, urllib.request
runs, work, name, transcript, furl, hurl = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]

def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as r: return r.read().decode("utf-8", "replace")
    except Exception:
        return ""

def wait_for(url, word, limit=120):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if word in get(url): return
        time.sleep(0.002)
    raise SystemExit(f"serve-latency.sh: {url} never showed {word}")

def save(path, text):
    # As most editors save: a new file beside it, renamed over it.
    tmp = os.path.join(os.path.dirname(path), ".~" + os.path.basename(path))
    with open(tmp, "w", encoding="utf-8") as f: f.write(text)
    os.replace(tmp, path)

wait_for(furl, "MARKER0"); wait_for(hurl, "MARKER0")
time.sleep(1)

def page_edit(path, url, i):
    text = open(path, encoding="utf-8").read()
    start = time.monotonic()
    save(path, re.sub(r"MARKER\d+", f"MARKER{i}", text, count=1))
    wait_for(url, f"MARKER{i}")
    return (time.monotonic() - start) * 1000

def builds():
    return open(os.path.join(work, "findings.log"), encoding="utf-8", errors="replace").read().count("findings serve: built ")

ours, hugo, traced = [], [], []
for i in range(1, runs + 1):
    ours.append(page_edit(os.path.join(work, "study", name), furl, i)); time.sleep(0.3)
    hugo.append(page_edit(os.path.join(work, "hugo", "content", name), hurl, i)); time.sleep(0.3)
    # A transcript: a line at the top, added and removed in turn; done when the server logs the build.
    path = os.path.join(work, "study", "transcripts", transcript)
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"^I: \(a pause \d+\)\n", "", text)  # a new line each run: a transcript the cache has not seen
    text = f"I: (a pause {i})\n" + text
    before, start = builds(), time.monotonic()
    save(path, text)
    while builds() == before and time.monotonic() - start < 120: time.sleep(0.002)
    traced.append((time.monotonic() - start) * 1000); time.sleep(0.3)

med = statistics.median
print(f"{runs} runs each; page edits (ms): findings {' '.join(f'{t:.0f}' for t in ours)} / hugo {' '.join(f'{t:.0f}' for t in hugo)}")
print(f"findings serve, page saved -> its new HTML served: median {med(ours):.0f} ms")
print(f"hugo server,    page saved -> its new HTML served: median {med(hugo):.0f} ms")
print(f"ratio: {med(ours) / med(hugo):.2f}")
print(f"findings serve, transcript saved -> rebuilt: median {med(traced):.0f} ms (all {' '.join(f'{t:.0f}' for t in traced)})")
PY
echo "what findings serve did in its last rebuilds (its log):"
grep -E "^findings serve: (read|parsed)" "$work/findings.log" | tail -4
echo "load: $(uptime)"
