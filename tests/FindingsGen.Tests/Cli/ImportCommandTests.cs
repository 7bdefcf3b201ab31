using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FindingsGen.Cli;
using FindingsGen.Language;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Tracing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// <c>findings import</c>: a study drafted from a project in each QDA package's shape checks clean (participants with
/// their variables, transcripts as exported, a quotation per coded selection under its subtheme, <c>code=</c> on each
/// heading, <c>coding:</c> in the manifest), refuses to write over any file, writes nothing on failure, and makes
/// identifiers valid, saying so.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ImportCommandTests
{
    [Theory]
    [InlineData(QdaShape.QualCoder)]
    [InlineData(QdaShape.Maxqda)]
    [InlineData(QdaShape.AtlasTi)]
    [InlineData(QdaShape.NVivo)]
    public void A_project_in_each_packages_shape_becomes_a_study_that_checks_clean(QdaShape shape)
    {
        using var temp = new TempStudy();
        string project = Path.Combine(temp.Path, "garden.qdpx");
        QdaProjects.Write(project, shape, QdaProjects.Garden);
        string folder = Path.Combine(temp.Path, "study");
        var (exit, output, error) = QdaStudies.Import(project, folder);
        Assert.True(exit == 0, output + error);
        Assert.Contains("findings check: clean", output);

        var result = QdaStudies.Check(folder, project);
        Assert.Empty(result.Diagnostics);
        var study = result.Study;
        Assert.Equal(new[] { "P1", "P2", "P3", "P4" }, study.Manifest.Participants.Select(p => p.Id));
        Assert.Equal(new[] { "belonging", "respite", "growing-food" }, study.Themes.Select(t => t.Id));
        Assert.Equal(new[] { "peer-support", "being-noticed", "quiet-and-nature", "growing-food-all" }, study.Subthemes.Select(s => s.Id));
        // One quotation per coded selection under each of its codes: the P3 selection coded twice is quoted twice.
        Assert.Equal(7, study.Quotations.Count);
        Assert.Equal(7, result.VerifiedQuotations);
        Assert.Equal(new[] { "P1", "P2", "P3" }, study.Subthemes[0].Quotations.Select(q => q.From.Single().Id));
        Assert.Equal("if I stopped coming, someone would knock on my door", study.Subthemes[1].Quotations[1].Text.Text);
        // Variables become attributes: the case's (QualCoder, NVivo) or, with no cases, the document's (MAXQDA);
        // ATLAS.ti's shape exports cases without variables.
        Assert.Equal(shape == QdaShape.AtlasTi ? null : "nurse", study.Manifest.Participants[0].Attribute("occupation"));
        Assert.Equal(shape == QdaShape.AtlasTi ? null : "34", study.Manifest.Participants[0].Attribute("age"));

        string results = File.ReadAllText(Path.Combine(folder, "results.md"));
        Assert.Contains("## Peer support {#peer-support .subtheme code=\"Peer support\"}", results);
        Assert.Contains("# Belonging {#belonging .theme code=\"Belonging\"}", results);
        string manifest = File.ReadAllText(Path.Combine(folder, "findings.yml"));
        Assert.Contains("coding: \"../garden.qdpx\"", manifest);
        Assert.Contains("interviewer: [\"Interviewer\"]", manifest);
        // The transcripts are the sources as the package exported them (CRLF kept for ATLAS.ti), in UTF-8 without a BOM.
        byte[] p1 = File.ReadAllBytes(Path.Combine(folder, "transcripts", "P1.txt"));
        Assert.NotEqual(0xEF, p1[0]);
        Assert.Equal(shape == QdaShape.AtlasTi, System.Text.Encoding.UTF8.GetString(p1).Contains("\r\n"));
        Assert.True(File.Exists(Path.Combine(folder, "findings.lock")));
        Assert.True(File.Exists(Path.Combine(folder, CodingRecord.FileName)));
        Assert.NotNull(result.Coding);
        Assert.Equal(new[] { "P1", "P2", "P3" }, result.Coding!.CodedParticipants["peer-support"]);
        Assert.Contains("transcripts/", File.ReadAllText(Path.Combine(folder, ".gitignore")));
    }

    [Fact]
    public void Themes_can_come_from_a_named_code_and_an_unknown_one_is_refused_with_a_suggestion()
    {
        using var temp = new TempStudy();
        string project = Path.Combine(temp.Path, "garden.qdpx");
        QdaProjects.Write(project, QdaShape.QualCoder, QdaProjects.Garden);
        string folder = Path.Combine(temp.Path, "study");
        var (exit, _, error) = QdaStudies.Import(project, folder, "Belongng");
        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'Belonging'?", error);
        Assert.False(Directory.Exists(folder));

        (exit, var output, error) = QdaStudies.Import(project, folder, "Belonging");
        Assert.True(exit == 0, output + error);
        var study = QdaStudies.Check(folder, project).Study;
        Assert.Equal(new[] { "peer-support", "being-noticed" }, study.Themes.Select(t => t.Id));
        Assert.Equal(new[] { "peer-support-all", "being-noticed-all" }, study.Subthemes.Select(s => s.Id));
    }

    [Fact]
    public void An_import_over_existing_files_is_refused_whole_and_lists_them()
    {
        using var temp = new TempStudy();
        string project = Path.Combine(temp.Path, "garden.qdpx");
        QdaProjects.Write(project, QdaShape.NVivo, QdaProjects.Garden);
        string folder = Path.Combine(temp.Path, "study");
        Directory.CreateDirectory(Path.Combine(folder, "transcripts"));
        File.WriteAllText(Path.Combine(folder, "results.md"), "mine");
        File.WriteAllText(Path.Combine(folder, "transcripts", "P2.txt"), "mine too");
        var (exit, _, error) = QdaStudies.Import(project, folder);
        Assert.Equal(2, exit);
        Assert.Contains("  results.md", error);
        Assert.Contains("  transcripts/P2.txt", error);
        Assert.Equal(new[] { "results.md", "transcripts/P2.txt" },
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "results.md")));
    }

    [Fact]
    public void An_unreadable_project_writes_nothing_and_says_why()
    {
        using var temp = new TempStudy();
        string project = temp.Write("broken.qdpx", "not a zip");
        string folder = Path.Combine(temp.Path, "study");
        var (exit, output, error) = QdaStudies.Import(project, folder);
        Assert.Equal(2, exit);
        Assert.Contains("FG0505", error);
        Assert.Contains("nothing was written", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_codebook_alone_is_refused()
    {
        using var temp = new TempStudy();
        string codebook = Path.Combine(temp.Path, "garden.qdc");
        QdaProjects.WriteCodebook(codebook, QdaProjects.Garden);
        var (exit, _, error) = QdaStudies.Import(codebook, Path.Combine(temp.Path, "study"));
        Assert.Equal(2, exit);
        Assert.Contains("a codebook alone", error);
    }
}
