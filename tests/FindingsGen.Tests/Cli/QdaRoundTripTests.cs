using System.IO;
using System.Linq;
using FindingsGen.Cli;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Export → import: a study written as REFI-QDA and imported again keeps its themes and subthemes (their IDs too, from
/// the codes' descriptions), its participants with their attributes, and its quotations (each the traced passage, from
/// the same participant, under the same subtheme), and checks clean against the exported project.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class QdaRoundTripTests
{
    [Fact]
    public void Export_then_import_keeps_themes_participants_and_quotations()
    {
        using var original = QdaStudies.Write();
        using var temp = new TempStudy();
        string qdpx = Path.Combine(temp.Path, "walking.qdpx");
        Assert.Equal(0, ExportCommand.Run(original.Path, qdpx, null, false, new StringWriter(), new StringWriter()));
        string folder = Path.Combine(temp.Path, "again");
        var (exit, output, error) = QdaStudies.Import(qdpx, folder);
        Assert.True(exit == 0, output + error);

        var before = QdaStudies.Check(original.Path, qdpx).Study;
        var result = QdaStudies.Check(folder, qdpx);
        Assert.Empty(result.Diagnostics);
        var after = result.Study;
        Assert.Equal(before.Themes.Select(t => (t.Id, t.Title)), after.Themes.Select(t => (t.Id, t.Title)));
        Assert.Equal(before.Subthemes.Select(s => (s.Id, s.Title, s.Theme!.Id)), after.Subthemes.Select(s => (s.Id, s.Title, s.Theme!.Id)));
        Assert.Equal(before.Manifest.Participants.Select(p => (p.Id, string.Join(";", p.Attributes.Select(a => a.Key + "=" + a.Value)))),
            after.Manifest.Participants.Select(p => (p.Id, string.Join(";", p.Attributes.Select(a => a.Key + "=" + a.Value)))));

        // Each quotation comes back from the same participant under the same subtheme; an elided one as the whole
        // passage it was traced to (the selection runs from its first word to its last).
        string Key(Language.Model.Quotation q, string participant) => $"{q.Subtheme!.Id}|{participant}";
        Assert.Equal(
            before.Quotations.SelectMany(q => q.From.Select(f => Key(q, f.Id))).OrderBy(k => k, System.StringComparer.Ordinal),
            after.Quotations.Select(q => Key(q, q.From.Single().Id)).OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Contains(after.Quotations, q => q.Text.Text == "I walk the long way past the river and the day goes quiet");
        Assert.Contains(after.Quotations, q => q.Text.Text == "By the second bridge I have usually stopped replaying the day");
        Assert.Equal(after.Quotations.Count, result.VerifiedQuotations);
    }

    [Fact]
    public void The_example_study_exported_and_imported_checks_clean_its_webvtt_transcript_kept_as_webvtt()
    {
        using var temp = new TempStudy();
        string qdpx = Path.Combine(temp.Path, "example.qdpx");
        Assert.Equal(0, ExportCommand.Run(Path.Combine(RepoRoot.Path, "content"), qdpx, null, false, new StringWriter(), new StringWriter()));
        string folder = Path.Combine(temp.Path, "again");
        var (exit, output, error) = QdaStudies.Import(qdpx, folder);
        Assert.True(exit == 0, output + error);
        // T3's source was a WebVTT file: read as .txt its voice tags would not be speaker labels (FG0109).
        Assert.True(File.Exists(Path.Combine(folder, "transcripts", "T3.vtt")));
        var result = QdaStudies.Check(folder, qdpx);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(19, result.VerifiedQuotations);
    }
}
