#!/usr/bin/env bash
# Start-up of the installed tool, native against JIT (issue 15): `findings --version` and `findings check content`,
# medians of RUNS interleaved runs (each round runs every variant once, so a slow period of this shared VM hits them
# alike), and the size of each release artifact. Uses artifacts/release/ as eng/release.sh made it (runs the script
# when the folder is missing) and a portable-only release beside it in a temporary folder, and installs from both:
#   native    dotnet tool install FindingsGen on linux-x64: the Native AOT package
#   jit       the portable package (FindingsGen.any), which every other platform gets
#   single    artifacts/release/findings-linux-x64, the single executable
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
source bench/timing.sh
release=artifacts/release
[ -f "$release/SHA256SUMS" ] || eng/release.sh >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
release_version=$(ls "$release"/FindingsGen.any.*.nupkg | sed 's/.*FindingsGen\.any\.\(.*\)\.nupkg/\1/')
eng/release.sh --portable-only --out "$work/portable" --version "$release_version-jit" >/dev/null
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool install --tool-path "$work/native" --add-source "$release" FindingsGen --version "$release_version" >/dev/null
dotnet tool install --tool-path "$work/jit" --add-source "$work/portable" FindingsGen --version "$release_version-jit" >/dev/null
single="$release/findings-linux-x64"
declare -A times
for _ in $(seq "$runs"); do
  for variant in native jit single; do
    case $variant in single) exe=$single ;; *) exe="$work/$variant/findings" ;; esac
    times[$variant.version]+=" $(timed "$exe" --version)"
    times[$variant.check]+=" $(timed "$exe" check content)"
  done
done
echo "start-up, median of $runs interleaved runs (ms):"
printf '  %-46s %8s %8s %8s\n' "" native jit single
for what in version check; do
  case $what in version) label="findings --version" ;; check) label="findings check content (6 transcripts traced)" ;; esac
  # shellcheck disable=SC2086
  printf '  %-46s %8s %8s %8s\n' "$label" "$(median ${times[native.$what]})" "$(median ${times[jit.$what]})" "$(median ${times[single.$what]})"
done
echo "dotnet --version (the cost of starting the .NET host here): $(median_of "$runs" dotnet --version) ms"
echo "artifact sizes ($release):"
(cd "$release" && find . -type f ! -name '.*' | sed 's|^\./||' | sort | while read -r f; do
  printf '  %-44s %10s bytes  %s\n' "$f" "$(stat -c %s "$f")" "$(numfmt --to=iec --suffix=B "$(stat -c %s "$f")")"
done)
echo "installed: native $(du -sb "$work/native" | cut -f1) bytes, jit $(du -sb "$work/jit" | cut -f1) bytes (tool folders)"
