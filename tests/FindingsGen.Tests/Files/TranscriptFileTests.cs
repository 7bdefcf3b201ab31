using System.IO;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Transcript files that cannot be used are said plainly (FG0105), and count as transcripts being here (never FG0106).</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TranscriptFileTests
{
    private static (int Exit, string[] Lines) Check(string file, byte[] bytes, bool updateLock = false)
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: Files\nparticipants: { T1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\nrules: { FG0008: none }\n");
        temp.Write("results.md", "[\"I kept going\"]{.quote from=T1}\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "transcripts"));
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", file), bytes);
        var (exit, output, _) = StudyCommands.Check(temp.Path, updateLock: updateLock);
        if (updateLock && exit == 0) Assert.Contains("quote:", File.ReadAllText(Path.Combine(temp.Path, "findings.lock")));
        return (exit, output.Split('\n').Where(l => l.StartsWith("results.md", System.StringComparison.Ordinal)).ToArray());
    }

    [Theory]
    [InlineData("T1.rtf", "{\\rtf1 T1: I kept going.}")]
    [InlineData("T1.doc", "T1: I kept going.")]
    [InlineData("T1.pages", "T1: I kept going.")]
    public void A_transcript_in_an_unsupported_format_is_FG0105_naming_the_file_and_the_supported_formats(string file, string text)
    {
        var line = Assert.Single(Check(file, System.Text.Encoding.UTF8.GetBytes(text)).Lines);
        Assert.Contains("error FG0105", line);
        Assert.Contains($"'{file}'", line);
        Assert.Contains(".txt, .md, .vtt, .srt, .docx", line);
    }

    [Theory]
    [InlineData("t1.txt")]
    [InlineData("T1.TXT.bak")]
    public void A_transcript_whose_name_differs_only_in_case_or_is_unsupported_is_FG0105_not_FG0106(string file)
    {
        var line = Assert.Single(Check(file, System.Text.Encoding.UTF8.GetBytes("T1: I kept going.\n")).Lines);
        Assert.Contains("error FG0105", line);
        Assert.Contains($"'{file}'", line);
    }

    [Theory]
    [InlineData("T1.txt", "")]
    [InlineData("T1.txt", "  \n\r\n")]
    [InlineData("T1.vtt", "\uFEFF")]
    public void An_empty_transcript_is_said_to_be_empty(string file, string text)
    {
        var line = Assert.Single(Check(file, System.Text.Encoding.UTF8.GetBytes(text)).Lines);
        Assert.Contains("error FG0105", line);
        Assert.Contains("is empty", line);
    }

    [Fact]
    public void An_empty_word_transcript_is_said_to_be_empty()
    {
        var line = Assert.Single(Check("T1.docx", DocxWriter.Write(new[] { "", " " })).Lines);
        Assert.Contains("is empty", line);
    }

    [Fact]
    public void An_srt_transcript_is_supported_and_the_lock_can_be_written()
    {
        var (exit, lines) = Check("T1.srt", System.Text.Encoding.UTF8.GetBytes("1\n00:00:01,000 --> 00:00:02,000\nT1: I kept\n\n2\n00:00:02,000 --> 00:00:03,000\nT1: going.\n"), updateLock: true);
        Assert.Equal(0, exit);
        Assert.Empty(lines);
    }
}
