using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FindingsGen.Files;
using FindingsGen.Language.Tracing;
using FindingsGen.Language.Transcripts;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Every layout a transcription service writes, in that tool's shape (<see cref="TranscriptLayouts"/>): a quotation
/// across two turns or cues of one speaker traces verbatim, with the time mark or header between them not a word;
/// the interviewer's question quoted as the participant's is FG0103; the reader names the layout it detected.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TranscriptLayoutTests
{
    public static IEnumerable<object[]> Layouts() => TranscriptLayouts.All.Select(l => new object[] { l });

    private static TempStudy Study(TranscriptLayouts.Layout layout, string canary = "lantern")
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", TranscriptLayouts.Manifest(new[] { "T1" }));
        temp.Write("results.md", TranscriptLayouts.Page("T1", layout.HasSpeakers));
        Directory.CreateDirectory(Path.Combine(temp.Path, "transcripts"));
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", "T1" + layout.Extension), layout.Write("T1", canary));
        return temp;
    }

    /// <summary>The text as the CLI extracts it from the file (decoded, .docx paragraphs), canonical.</summary>
    internal static string Extracted(TranscriptLayouts.Layout layout, byte[] bytes)
    {
        string text = layout.Extension == ".docx" ? DocxText.Extract(bytes) : TranscriptText.TryDecode(bytes, out _, out _)!;
        return Sha256Hex.Canonical(text);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_quotation_across_two_turns_of_one_speaker_traces_verbatim_and_the_interviewers_question_is_FG0103(TranscriptLayouts.Layout layout)
    {
        using var temp = Study(layout);
        var (_, output, error) = StudyCommands.Check(temp.Path);
        var lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("", error);
        // (a) and (c): the answer runs across two turns with a time mark or a header between them, and is verbatim.
        Assert.DoesNotContain(lines, l => l.StartsWith("results.md(1,", System.StringComparison.Ordinal) && (l.Contains("error") || l.Contains("FG0104")));
        if (layout.HasSpeakers)
        {
            // (b): the question is the interviewer's.
            Assert.Contains("FG0103", Assert.Single(lines, l => l.StartsWith("results.md(3,", System.StringComparison.Ordinal)));
            Assert.DoesNotContain(lines, l => l.StartsWith("results.md", System.StringComparison.Ordinal) && l.Contains("error") && !l.Contains("FG0103"));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_reader_names_the_layout_joins_the_speakers_turns_and_reads_no_time_mark_or_label_as_speech(TranscriptLayouts.Layout layout)
    {
        string text = Extracted(layout, layout.Write("T1", "lantern"));
        var format = TranscriptFormat.ForExtension(layout.Extension)!;
        var reading = format.Read(text, new[] { "I", TranscriptLayouts.Interviewer, "Speaker 0", "T1" });
        Assert.Equal(layout.LayoutName, reading.Layout);
        var speech = reading.Lines.Where(l => l.Text.Trim().Length > 0).ToList();
        string words = string.Join(" ", speech.Select(l => l.Text));
        // No time mark, cue number, label or annotation became speech.
        Assert.DoesNotMatch(@"\d", words);
        Assert.DoesNotContain("Rowan", words);
        Assert.DoesNotContain("Speaker", words);
        Assert.DoesNotContain("Zoë", words);
        Assert.DoesNotContain("(.)", words);
        Assert.DoesNotContain("-->", words);
        string normalised = string.Join(" ", words.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(TranscriptLayouts.Answer, normalised);
        var answerTurns = speech.Where(l => l.Text.Contains("strange") || l.Text.Contains("dawn") || l.Text.Contains("lantern")).Select(l => l.Turn).Distinct();
        Assert.Single(answerTurns);
        if (layout.HasSpeakers)
        {
            var question = Assert.Single(speech, l => l.Text.Contains("night shift"));
            Assert.Contains(question.Speaker, new[] { "I", TranscriptLayouts.Interviewer, "Speaker 0" });
            Assert.NotEqual(question.Turn, answerTurns.Single());
        }
        else
        {
            Assert.All(speech, l => Assert.Equal("", l.Speaker));
        }
    }

    [Fact]
    public async Task The_analyzer_and_the_cli_agree_on_every_layout()
    {
        using var temp = LayoutStudy.Write("lantern");
        var cli = StudyCommands.CheckAsFindings(temp.Path);
        Assert.Contains(cli, d => d.Id == "FG0103");
        Assert.Equal(cli, await AnalyzerHost.RunAsync(temp.Path));
    }
}
