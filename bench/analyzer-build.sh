#!/usr/bin/env bash
# Whole-build figures for the analyzer: `dotnet build -p:ReportAnalyzer=true` on the example study and on the
# synthetic corpus (100 transcripts, ~800k words, 50 pages, 1,000 quotations) as a study project.
# Cold: compiler server shut down, no shared compilation. Warm: shared compilation, one page edited.
set -euo pipefail
cd "$(dirname "$0")/.."
export MSBUILDDISABLENODEREUSE=1
report() { grep -E "FindingsGen.Analyzers.FindingsAnalyzer|Total analyzer execution time" | sed 's/^ *//; s/ (FG0001.*//'; }

dotnet build -c Release src/FindingsGen.Analyzers -nodeReuse:false -v:q >/dev/null
work=$(mktemp -d)
trap 'dotnet build-server shutdown >/dev/null 2>&1; rm -rf "$work"' EXIT
dotnet run -c Release --project bench/FindingsGen.Benchmarks -- --write-corpus "$work/corpus" | tail -1
cat > "$work/corpus/Study.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <FindingsTaskAssembly>$PWD/src/FindingsGen.MSBuild/bin/Release/net8.0/FindingsGen.MSBuild.dll</FindingsTaskAssembly>
  </PropertyGroup>
  <Import Project="$PWD/src/FindingsGen.Analyzers/build/FindingsGen.Analyzers.props" />
  <ItemGroup>
    <ProjectReference Include="$PWD/src/FindingsGen.Analyzers/FindingsGen.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$PWD/src/FindingsGen.Analyzers/build/FindingsGen.Analyzers.targets" />
</Project>
PROJ

for study in content "$work/corpus"; do
  echo "== $study"
  dotnet build-server shutdown >/dev/null 2>&1 || true
  echo "-- cold (fresh compiler, no server)"
  dotnet build "$study" -c Release -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d | report
  echo "-- warm (compiler server, after editing one page; third build)"
  for i in 1 2 3; do
    page=$(ls "$study"/*.md | grep -v README | head -1)
    echo "" >> "$page"
    out=$(dotnet build "$study" -c Release -nodeReuse:false -p:UseSharedCompilation=true -p:ReportAnalyzer=true -v:d)
    git checkout -q -- "$page" 2>/dev/null || sed -i '$ d' "$page"
  done
  echo "$out" | report
done
