#!/usr/bin/env bash
# Makes the release artifacts, for installing FindingsGen without this repository (docs/install.md), into
# artifacts/release/ (a folder this script owns: it is emptied first; nothing else under artifacts/ is touched):
#
#   FindingsGen.<ver>.nupkg            the `findings` .NET tool: .NET 10's RID-specific tool packaging, a small package
#                                      that points at one package per runtime (ToolPackageRuntimeIdentifiers in
#                                      src/FindingsGen/FindingsGen.csproj), of which `dotnet tool install` takes the
#                                      one for its machine:
#   FindingsGen.linux-x64.<ver>.nupkg    Native AOT (no JIT, no runtime to start), where it builds here;
#   FindingsGen.any.<ver>.nupkg          portable (JIT, needs the .NET 10 runtime), for every other platform;
#   FindingsGen.Analyzers.<ver>.nupkg  the analyzer package, for `dotnet build` of a study project (docs/build.md);
#   findings-<rid>[.exe]               self-contained single-file executables for linux-x64, linux-arm64, osx-arm64
#                                      and win-x64: Native AOT where it builds on this machine, else ReadyToRun;
#   schemas/*.schema.json              the JSON Schemas, with their $id stamped from FindingsGenRepositoryUrl;
#   SHA256SUMS.
#
# The folder is a NuGet feed: dotnet tool install -g FindingsGen --add-source artifacts/release
#
# Options: --portable-only   only the three packages above that need no native toolchain (the pointer lists `any`
#                            alone), as the install tests use;
#          --out DIR         another folder (refused if it holds anything this script did not make);
#          --version V       the packages' version (default: Version in Directory.Build.props);
#          --repository-url U  build with -p:FindingsGenRepositoryUrl=U (help links, SARIF, schemas, package metadata).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=artifacts/release
portable_only=false
version=""
props=()
while [ $# -gt 0 ]; do
  case "$1" in
    --portable-only) portable_only=true ;;
    --out) out="$2"; shift ;;
    --version) version="$2"; shift ;;
    --repository-url) props+=("-p:FindingsGenRepositoryUrl=$2"); shift ;;
    *) echo "release.sh: unknown option '$1' (see the comment at the top of eng/release.sh)" >&2; exit 2 ;;
  esac
  shift
done
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The output folder is emptied only when this script made it (its marker is there) or it is empty.
marker=.findingsgen-release
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -e "$out/$marker" ]; then
  echo "release.sh: '$out' holds files this script did not make; choose an empty folder with --out" >&2
  exit 2
fi
rm -rf "$out"
mkdir -p "$out"
touch "$out/$marker"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$version" ]; then
  version=$(dotnet msbuild src/FindingsGen/FindingsGen.csproj -getProperty:Version -nologo)
fi
common=(-c Release -nodeReuse:false -v:q --nologo "-p:Version=$version" "${props[@]}")
notes=()

step() { echo "release.sh: $*"; }
run() { # runs a dotnet command quietly; prints its output only when it fails
  local log
  if ! log=$("$@" 2>&1); then echo "$log" >&2; return 1; fi
}

# Native AOT links with a C toolchain: clang, or gcc where clang is missing.
linker=()
aot=true
host=$(uname -m)
if [ "$portable_only" = true ]; then
  aot=false; notes+=("--portable-only: no Native AOT package and no single executables; every platform, linux-x64 too, installs the portable (JIT) tool")
elif [ "$host" != x86_64 ]; then
  aot=false; notes+=("this machine is $host: Native AOT is built for linux-x64 only, so every package and executable here is portable or ReadyToRun")
elif ! command -v clang >/dev/null; then
  if command -v gcc >/dev/null; then linker=(-p:CppCompilerAndLinker=gcc)
  else aot=false; notes+=("no C toolchain (clang or gcc) to link Native AOT: linux-x64 is ReadyToRun too; install clang and run again"); fi
fi

# 1. The tool packages. Packing a tool globs its publish folder: those of the packages made here are cleared first, so
#    nothing an earlier publish left there (findings.dbg, 88 MB of native symbols) slips into a package.
rm -rf src/FindingsGen/bin/Release/net10.0/any/publish src/FindingsGen/bin/Release/net10.0/linux-x64/publish
if [ "$aot" = true ]; then
  step "packing the findings tool: Native AOT for linux-x64"
  if ! run dotnet pack src/FindingsGen -r linux-x64 "${linker[@]}" -o "$out" "${common[@]}"; then
    aot=false; notes+=("Native AOT failed to build for linux-x64 (its log is above): the tool package falls back to the portable one")
  fi
fi
if [ "$aot" = true ]; then rids=(); else rids=(-p:ToolPackageRuntimeIdentifiers=any); fi
step "packing the findings tool: the package that points at one per runtime"
run dotnet pack src/FindingsGen -o "$out" "${common[@]}" "${rids[@]}"
step "packing the findings tool: the portable fallback (any)"
run dotnet pack src/FindingsGen -r any -p:PublishAot=false -o "$out" "${common[@]}" "${rids[@]}"
notes+=("osx-arm64, win-x64 and linux-arm64: Native AOT is built only on (or for) the platform itself, so dotnet tool install takes the portable package there (JIT, on the .NET 10 runtime)")

# 2. The analyzer package, packed by its project exactly as tests/FindingsGen.Tests/MSBuild/PackageEndToEndTests.cs does.
step "packing the analyzer"
run dotnet pack src/FindingsGen.Analyzers -o "$out" "${common[@]}"

# 3. Self-contained single-file executables.
if [ "$portable_only" = false ]; then
  for rid in linux-x64 linux-arm64 osx-arm64 win-x64; do
    exe=findings; case "$rid" in win-*) exe=findings.exe ;; esac
    target="$out/findings-$rid"; case "$rid" in win-*) target="$target.exe" ;; esac
    if [ "$rid" = linux-x64 ] && [ "$aot" = true ]; then
      # The native executable the tool package was just packed from (packing a Native AOT tool publishes it).
      packed=src/FindingsGen/bin/Release/net10.0/linux-x64/publish/findings
      if [ "$packed" -nt "$out/$marker" ]; then
        step "findings-$rid: Native AOT, as packed in the tool package"
        cp "$packed" "$target"; continue
      fi
      step "publishing findings-$rid: Native AOT"
      run dotnet publish src/FindingsGen -r "$rid" "${linker[@]}" -o "$work/$rid" "${common[@]}"
    else
      step "publishing findings-$rid: single-file, self-contained, ReadyToRun (Native AOT does not cross-build here)"
      run dotnet publish src/FindingsGen -r "$rid" -p:FindingsSingleFile=true -o "$work/$rid" "${common[@]}"
    fi
    cp "$work/$rid/$exe" "$target"
  done
  notes+=("findings-linux-arm64, -osx-arm64 and -win-x64 are ReadyToRun single files (trimmed, compressed): Native AOT for them needs their own platform or a cross toolchain this machine lacks")
fi

# 4. The schemas, exactly as the tool package ships them (stamped with the repository address it was built with).
mkdir -p "$out/schemas"
unzip -q -j "$out/FindingsGen.any.$version.nupkg" 'tools/net10.0/any/schemas/*' -d "$out/schemas"

# 5. Checksums, and what was made.
rm -f "$out/$marker"
(cd "$out" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | sort | xargs sha256sum > SHA256SUMS)
touch "$out/$marker"
echo
echo "release.sh: version $version, in ${out#"$root"/}/"
(cd "$out" && find . -type f ! -name "$marker" | sed 's|^\./||' | sort | while read -r f; do
  printf '  %-44s %10s bytes  %s\n' "$f" "$(stat -c %s "$f")" "$(numfmt --to=iec --suffix=B "$(stat -c %s "$f")")"
done)
# NuGet never restores a version it already holds again: a rebuilt release with the same version would be ignored by
# every project and tool install on this machine, silently, with the old rules.
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
for id in findingsgen findingsgen.analyzers; do
  if [ -d "$packages/$id/$version" ]; then
    notes+=("NuGet on this machine already holds $id $version ($packages/$id/$version): projects and tool installs here take that copy, not this one; give this release its own version (--version) or delete that folder")
  fi
done
for n in "${notes[@]}"; do echo "  note: $n"; done
