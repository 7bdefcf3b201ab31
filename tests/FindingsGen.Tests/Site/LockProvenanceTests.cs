using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// A site built without the transcripts (public CI: the usual published site) says what findings.lock records for each
/// quotation — the line range and the transcript's SHA-256 — and that it comes from the lock, never the transcript's text.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class LockProvenanceTests
{
    [Fact]
    public void Without_transcripts_the_disclosure_and_the_csv_give_the_locks_lines_and_hash()
    {
        using var study = StudyCommands.CopyOfExample(withTranscripts: false);
        var outcome = SiteBuilds.Build(study.Path);
        Assert.Equal(0, outcome.ExitCode);
        string lockText = File.ReadAllText(Path.Combine(study.Path, "findings.lock"));
        string hash = Regex.Match(lockText, "transcript: ([0-9a-f]{64})").Groups[1].Value;
        string theme = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "themes", "carrying.html"));
        // The quotation "house with no door" is recorded at lines 8-9 of T1's transcript.
        var figure = Regex.Match(theme, "<figure class=\"quote\" id=\"house-with-no-door\">.*?</figure>", RegexOptions.Singleline).Value;
        Assert.Contains("verified (lock)", figure);
        Assert.Contains("lines 8\u20139", figure);
        Assert.Contains("<code class=\"hash\">" + hash + "</code>", figure);
        Assert.Contains("are the lock\u2019s".Replace('\u2019', '\''), System.Net.WebUtility.HtmlDecode(figure));
        string csv = File.ReadAllText(Path.Combine(outcome.OutputFolder!, "quotations.csv"));
        Assert.Contains("verified for T1 from findings.lock, lines 8\u20139 of the transcript; transcript SHA-256 " + hash.Substring(0, 12), csv);
    }
}
