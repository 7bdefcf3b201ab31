using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// With a real dotnet build: a transcript's extracted speech under obj/ goes when its transcript does, and
/// dotnet clean removes every copy and the transcripts.available marker.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IntermediateCopiesBuildTests
{
    [Fact]
    public void A_removed_transcripts_copy_goes_at_the_next_build_and_clean_removes_the_rest()
    {
        using var study = new TempStudy();
        string src = Path.Combine(RepoRoot.Path, "src");
        study.Write("Study.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><EnableDefaultCompileItems>false</EnableDefaultCompileItems>" +
            $"<FindingsTaskAssembly>{src}/FindingsGen.MSBuild/bin/Release/net8.0/FindingsGen.MSBuild.dll</FindingsTaskAssembly></PropertyGroup>" +
            $"<Import Project=\"{src}/FindingsGen.Analyzers/build/FindingsGen.Analyzers.props\" />" +
            $"<ItemGroup><ProjectReference Include=\"{src}/FindingsGen.Analyzers/FindingsGen.Analyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" /></ItemGroup>" +
            $"<Import Project=\"{src}/FindingsGen.Analyzers/build/FindingsGen.Analyzers.targets\" /></Project>");
        study.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\nrules: { FG0008: none }\n");
        study.Write("results.md", "[\"kept going\"]{.quote from=T2}\n");
        Directory.CreateDirectory(Path.Combine(study.Path, "transcripts"));
        File.WriteAllBytes(Path.Combine(study.Path, "transcripts", "T1.docx"), DocxWriter.Write(new[] { "T1: A private sentence." }));
        File.WriteAllBytes(Path.Combine(study.Path, "transcripts", "T2.txt"), Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("T2: I kept going.\n")).ToArray());
        string findings = Path.Combine(study.Path, "obj", "Release", "net10.0", "findings");
        string t1 = Path.Combine(findings, "VDE=.transcript.txt"), t2 = Path.Combine(findings, "VDI=.transcript.txt"), marker = Path.Combine(findings, "transcripts.available");
        // BuildProjectReferences=false on build and clean: the repository's analyzer and task are used as built, never
        // rebuilt or cleaned (dotnet clean would otherwise clean the referenced projects too).
        string[] build = { "build", "-c", "Release", "-nodeReuse:false", "-p:BuildProjectReferences=false" };

        var (exit, output) = ChildProcess.Run("dotnet", study.Path, build);
        Assert.True(exit == 0, output);
        Assert.True(File.Exists(t1) && File.Exists(t2) && File.Exists(marker), output);

        File.Delete(Path.Combine(study.Path, "transcripts", "T1.docx"));
        (exit, output) = ChildProcess.Run("dotnet", study.Path, build);
        Assert.True(exit == 0, output);
        Assert.False(File.Exists(t1));
        Assert.True(File.Exists(t2) && File.Exists(marker));

        (exit, output) = ChildProcess.Run("dotnet", study.Path, "clean", "-c", "Release", "-nodeReuse:false", "-p:BuildProjectReferences=false");
        Assert.True(exit == 0, output);
        Assert.False(File.Exists(t2));
        Assert.False(File.Exists(marker));
    }
}
