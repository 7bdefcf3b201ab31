using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Files.Coding;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Reading <c>.qdpx</c> and <c>.qdc</c> files in the shapes the four QDA packages export (QdaProjects writes them).</summary>
public sealed class QdaPackageTests
{
    public static IEnumerable<object[]> Shapes() => Enum.GetValues<QdaShape>().Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_package_shape_reads_into_the_same_codes_sources_and_selections(QdaShape shape)
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdpx");
        QdaProjects.Write(path, shape, QdaProjects.Garden);

        var diagnostics = new List<Diagnostic>();
        var project = QdaPackage.Read(path, diagnostics, "private/garden.qdpx");

        Assert.Empty(diagnostics);
        Assert.NotNull(project);
        Assert.Equal("Rooted: volunteering in a community garden", project!.Name);
        Assert.False(project.IsCodebook);

        // The code tree, nested as written, with descriptions.
        Assert.Equal(new[] { "Belonging", "Respite", "Growing food" }, project.Codes.Select(c => c.Name));
        Assert.Equal(new[] { "Peer support", "Being noticed" }, project.Codes[0].Children.Select(c => c.Name));
        Assert.Equal("Quiet and nature", Assert.Single(project.Codes[1].Children).Name);
        Assert.Equal("Help given or received between volunteers", project.Codes[0].Children[0].Description);
        Assert.Equal(6, project.AllCodes().Count());

        // One source per participant, its text exactly as the package stored it (CRLF kept for ATLAS.ti, no BOM).
        Assert.Equal(new[] { "P1", "P2", "P3", "P4" }, project.Sources.Select(s => s.Name));
        foreach (var participant in QdaProjects.Garden.Participants)
        {
            var source = project.Sources.Single(s => s.Name == participant.Id);
            Assert.Equal(QdaProjects.Transcript(shape, participant), source.Text);
            Assert.StartsWith("internal://", source.PlainTextPath);
        }
        Assert.Equal(shape == QdaShape.AtlasTi, project.Sources[0].Text!.Contains("\r\n", StringComparison.Ordinal));
        Assert.Empty(project.Sources.Single(s => s.Name == "P4").Selections);

        // Each selection: its source, its codes, and positions that, counted as the package counts, cover its text.
        var codeNames = project.AllCodes().ToDictionary(c => c.Guid, c => c.Name, QdaGuid.Comparer);
        var selections = project.Sources.SelectMany(s => s.Selections.Select(sel => (Source: s, Selection: sel))).ToList();
        Assert.Equal(QdaProjects.Garden.Selections.Count, selections.Count);
        foreach (var (expected, (source, selection)) in QdaProjects.Garden.Selections.Zip(selections))
        {
            Assert.Equal(expected.Participant, source.Name);
            Assert.True(QdaGuid.Same(source.Guid, selection.SourceGuid));
            Assert.Equal(expected.Codes, selection.CodeGuids.Select(g => codeNames[g]));
            Assert.Equal(QdaProjects.Positions(shape, QdaProjects.Garden, expected), (selection.Start, selection.End));
            Assert.Equal(expected.Text, TextAt(shape, source.Text!, selection));
        }
    }

    [Fact]
    public void QualCoder_cases_carry_their_variables_and_sources()
    {
        var project = ReadShape(QdaShape.QualCoder);
        Assert.Equal(new[] { "P1", "P2", "P3", "P4" }, project.Cases.Select(c => c.Name));
        var p1 = project.Cases[0];
        Assert.Equal("nurse", p1.Variables["occupation"]);
        Assert.Equal("34", p1.Variables["age"]);
        Assert.Equal("true", p1.Variables["plot_holder"]);
        Assert.True(QdaGuid.Same(project.Sources[0].Guid, Assert.Single(p1.SourceGuids)));
        Assert.StartsWith("QualCoder", project.Origin);
    }

    [Fact]
    public void NVivo_cases_carry_variables_of_every_type_and_link_their_sources()
    {
        var project = ReadShape(QdaShape.NVivo);
        Assert.Equal(new[] { ("occupation", "Text"), ("plot_holder", "Boolean"), ("age", "Integer"), ("hours_per_week", "Float"), ("joined", "Date") },
            project.Variables.Select(v => (v.Name, v.Type)));
        var p2 = project.Cases.Single(c => c.Name == "P2");
        Assert.Equal(new Dictionary<string, string>
        {
            ["occupation"] = "bus driver", ["plot_holder"] = "false", ["age"] = "58", ["hours_per_week"] = "6", ["joined"] = "2021-09-01",
        }, p2.Variables);
        Assert.True(QdaGuid.Same(project.Sources.Single(s => s.Name == "P2").Guid, Assert.Single(p2.SourceGuids)));
    }

    [Fact]
    public void MAXQDA_has_upper_case_guids_document_groups_descriptions_and_document_variables()
    {
        var project = ReadShape(QdaShape.Maxqda);
        Assert.Empty(project.Cases);
        Assert.All(project.Sources, s => Assert.Equal(s.Guid.ToUpperInvariant(), s.Guid));
        Assert.Equal("Interview with P1, transcribed verbatim.", project.Sources[0].Description);
        Assert.Equal("nurse", project.Sources[0].Variables["occupation"]);
        Assert.Equal(new[] { "Weekday volunteers", "Weekend volunteers" }, project.Sets.Select(s => s.Name));
        Assert.Equal(new[] { "P1", "P3" }, project.Sets[0].SourceGuids.Select(g => project.Sources.Single(s => QdaGuid.Same(s.Guid, g)).Name));
    }

    [Fact]
    public void ATLAS_ti_code_folders_are_not_codable()
    {
        var project = ReadShape(QdaShape.AtlasTi);
        Assert.False(project.Codes[0].IsCodable);
        Assert.True(project.Codes[0].Children[0].IsCodable);
        Assert.True(project.Codes[2].IsCodable);
        Assert.All(project.Cases, c => Assert.Empty(c.Variables));
    }

    [Fact]
    public void A_codebook_alone_reads_its_codes_and_sets()
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdc");
        QdaProjects.WriteCodebook(path, QdaProjects.Garden);
        var diagnostics = new List<Diagnostic>();
        var project = QdaPackage.Read(path, diagnostics);
        Assert.Empty(diagnostics);
        Assert.True(project!.IsCodebook);
        Assert.Equal(6, project.AllCodes().Count());
        Assert.Empty(project.Sources);
        Assert.Empty(project.Cases);
        Assert.Equal(3, Assert.Single(project.Sets).CodeGuids.Count);
    }

    private static QdaProject ReadShape(QdaShape shape)
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdpx");
        QdaProjects.Write(path, shape, QdaProjects.Garden);
        var diagnostics = new List<Diagnostic>();
        var project = QdaPackage.Read(path, diagnostics);
        Assert.Empty(diagnostics);
        return project!;
    }

    /// <summary>A selection's text, with its positions counted as the package counts them.</summary>
    private static string TextAt(QdaShape shape, string text, QdaSelection selection)
    {
        int Index(int position)
        {
            int units = 0, counted = 0;
            while (counted < position)
            {
                if (shape == QdaShape.QualCoder && char.IsHighSurrogate(text[units])) units++;
                if (shape == QdaShape.AtlasTi && text[units] == '\r' && units + 1 < text.Length && text[units + 1] == '\n') units++;
                units++;
                counted++;
            }
            return units;
        }
        int start = Index(selection.Start);
        return text.Substring(start, Index(selection.End) - start);
    }
}
