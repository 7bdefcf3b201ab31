using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Language.Transcripts;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The transcript field cases (../shared/cases/field), each with its own input built here: exports as transcription
/// services write them, read into the right speakers, with time marks and headers not words.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class TranscriptFieldCaseTests
{
    private const string Page = "# Coming home {#coming-home .theme}\n\n## The pause before leaving {#pause .subtheme}\n\n";

    private static string[] Check(string interviewer, string page, string file, byte[] transcript, string extra = "")
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", $"title: Case\nparticipants:\n  T1: {{}}\ntranscripts:\n  path: transcripts/{{id}}.*\n  interviewer: [{interviewer}]\n{extra}");
        temp.Write("results.md", Page + page);
        Directory.CreateDirectory(Path.Combine(temp.Path, "transcripts"));
        File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", file), transcript);
        var (_, output, error) = StudyCommands.Check(temp.Path);
        Assert.Equal("", error);
        return output.Split('\n').Where(l => l.StartsWith("results.md", System.StringComparison.Ordinal) || l.StartsWith("findings.yml", System.StringComparison.Ordinal)).ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Ids(string[] lines) => string.Join(" ", lines.Select(l => l.Split(' ').Skip(2).First()));

    [Fact]
    public void Zoom_vtt_names_inside_the_cue_text_are_speakers_and_not_words()
    {
        var lines = Check("I, Interviewer, Rowan Hale",
            "::: {.quote from=T1}\nI sat in the car for ten minutes before driving off. Nobody had told me to, it just became the habit.\n:::\n\n[\"What did you do when the shift ended?\"]{.quote from=T1}\n",
            "T1.vtt", Utf8("WEBVTT\n\n1\n00:00:01.200 --> 00:00:05.900\nRowan Hale: What did you do when the shift ended?\n\n2\n00:00:06.300 --> 00:00:10.100\nT1: I sat in the car for ten minutes before driving off.\n\n3\n00:00:10.400 --> 00:00:14.000\nT1: Nobody had told me to, it just became the habit.\n"));
        Assert.Equal("FG0103:", Ids(lines));
        Assert.DoesNotContain(lines, l => l.Contains("Rowan"));
    }

    [Fact]
    public void Teams_vtt_guid_cue_ids_closing_voice_tags_and_entities_are_read()
    {
        var lines = Check("I, Interviewer, Rowan Hale",
            "::: {.quote from=T1}\nHonestly it felt like learning to swim while someone kept moving the pool.\n:::\n\nThe ward had a name for it: [\"the swim & sink week\"]{.quote from=T1}. [\"How did the first week on the ward feel?\"]{.quote from=T1}\n",
            "T1.vtt", Utf8("WEBVTT\n\n7e1f3a52-4c1d-4b8e-a0f2-3d9c6b1e8a47/11-0\n00:00:03.110 --> 00:00:06.870\n<v Rowan Hale>How did the first week on the ward feel?</v>\n\n" +
                           "7e1f3a52-4c1d-4b8e-a0f2-3d9c6b1e8a47/12-0\n00:00:07.420 --> 00:00:11.050\n<v T1>Honestly it felt like learning to swim</v>\n\n" +
                           "7e1f3a52-4c1d-4b8e-a0f2-3d9c6b1e8a47/12-1\n00:00:11.050 --> 00:00:14.600\n<v T1>while someone kept moving the pool.</v>\n\n" +
                           "7e1f3a52-4c1d-4b8e-a0f2-3d9c6b1e8a47/13-0\n00:00:15.000 --> 00:00:18.200\n<v T1>We called it the swim &amp; sink week.</v>\n"));
        Assert.Equal("FG0103:", Ids(lines));
    }

    [Fact]
    public void Otter_header_lines_of_label_and_time_are_speakers_not_words()
    {
        var lines = Check("I, Interviewer",
            "::: {.quote from=T1}\nNobody had told me to, it just became the habit.\n:::\n\n[\"Did that change over the years?\"]{.quote from=T1}\n",
            "T1.txt", Utf8("Interviewer  0:03\nWhat did you do when the shift ended?\n\nT1  0:09\nI sat in the car for ten minutes before driving off. Nobody had told me to, it just became the habit.\n\n" +
                           "Interviewer  1:15\nDid that change over the years?\n\nT1  1:19\nNot really. If anything the ten minutes got longer.\n"));
        Assert.Equal("FG0103:", Ids(lines));
    }

    [Fact]
    public void RevAi_tabular_rows_are_read_as_label_time_and_text()
    {
        // The case maps "Speaker 1" under transcripts.speakers (the speakers branch); the reading alone already tells the
        // interviewer's row from the participant's, and joins the two consecutive "Speaker 1" rows.
        const string rev = "Speaker 0    00:00:03    What did you do when the shift ended?\nSpeaker 1    00:00:09    I sat in the car for ten minutes before driving off.\n" +
                           "Speaker 1    00:00:14    Nobody had told me to, it just became the habit.\nSpeaker 0    00:00:21    Did that change over the years?\n";
        var reading = TranscriptFormat.Text.Read(rev, new[] { "I", "Interviewer", "Speaker 0" });
        Assert.Equal(new[] { ("Speaker 0", 0, "What did you do when the shift ended?"), ("Speaker 1", 1, "I sat in the car for ten minutes before driving off."),
            ("Speaker 1", 1, "Nobody had told me to, it just became the habit."), ("Speaker 0", 2, "Did that change over the years?") },
            reading.Lines.Where(l => l.Length > 0).Select(l => (l.Speaker, l.Turn, l.Text)));
        var lines = Check("I, Interviewer, \"Speaker 0\"",
            "::: {.quote from=T1}\nI sat in the car for ten minutes before driving off. Nobody had told me to, it just became the habit.\n:::\n\n[\"Did that change over the years?\"]{.quote from=T1}\n",
            "T1.txt", Utf8(rev));
        Assert.Equal("FG0103:", Ids(lines));
    }

    [Fact]
    public void F4_time_marks_at_the_end_and_in_the_middle_of_a_turn_are_not_words()
    {
        var lines = Check("I",
            ":::: {.quote from=T1}\nWell, I was pretty nervous. But after two days it got better.\n::: {.original}\nAlso, ich war ziemlich nervös. Aber nach zwei Tagen wurde es besser.\n:::\n::::\n\n" +
            "What helped was that [\"my colleagues simply took me along\"]{.quote from=T1 original=\"Die Kolleginnen haben mich einfach mitgenommen.\"}.\n",
            "T1.txt", Utf8("I: Wie war die erste Woche für Sie? #00:00:05-2#\n\nB: Also, ich war ziemlich nervös. #00:00:12-8# Aber nach zwei Tagen wurde es besser. #00:00:18-1#\n\n" +
                           "I: Was hat geholfen? #00:00:20-4#\n\nB: Die Kolleginnen haben mich einfach mitgenommen. #00:00:27-9#\n"),
            extra: "  language: de\nlanguage: en\n");
        Assert.Empty(lines);
    }

    [Fact]
    public void Markdown_bold_labels_are_speakers()
    {
        var lines = Check("I, Interviewer",
            "::: {.quote from=T1}\nI sat in the car for ten minutes before driving off.\n:::\n\n[\"What did you do when the shift ended?\"]{.quote from=T1}\n",
            "T1.md", Utf8("**I:** What did you do when the shift ended?\n\n**T1:** I sat in the car for ten minutes before driving off.\n"));
        Assert.Equal("FG0103:", Ids(lines));
    }

    [Fact]
    public void Consecutive_txt_lines_of_one_speaker_are_one_turn()
    {
        var lines = Check("I, Interviewer, Rowan Hale",
            "::: {.quote from=T1}\nI sat in the car for ten minutes before driving off. Nobody had told me to, it just became the habit.\n:::\n",
            "T1.txt", Utf8("[00:00:01] Rowan Hale: What did you do when the shift ended?\n[00:00:06] T1: I sat in the car for ten minutes before driving off.\n[00:00:10] T1: Nobody had told me to, it just became the habit.\n"));
        Assert.Empty(lines);
    }

    [Theory]
    [InlineData("T1.srt", "1\n00:00:00,000 --> 00:00:04,000\nSo I think the hardest part was\n\n2\n00:00:04,000 --> 00:00:07,500\ncoming home and not being able to talk about it.\n")]
    [InlineData("T1.vtt", "WEBVTT\n\n00:00.000 --> 00:04.000\nSo I think the hardest part was\n\n00:04.000 --> 00:07.500\ncoming home and not being able to talk about it.\n\n")]
    [InlineData("T1.vtt", "1\n00:00:00,000 --> 00:00:04,000\nSo I think the hardest part was\n\n2\n00:00:04,000 --> 00:00:07,500\ncoming home and not being able to talk about it.\n")]
    public void Whisper_srt_vtt_and_srt_saved_as_vtt_are_read_without_losing_a_cue(string file, string transcript)
    {
        // No speaker can be told apart here: the speakers branch adds FG0109 at the quotation; the reading finds it across cues.
        var lines = Check("I, Interviewer",
            "::: {.quote from=T1}\nThe hardest part was coming home and not being able to talk about it.\n:::\n\n[\"So I think\"]{.quote from=T1}\n", file, Utf8(transcript));
        Assert.DoesNotContain(lines, l => l.Contains("error") || l.Contains("FG0104") || l.Contains("FG0106"));
    }

    [Fact]
    public void A_utf16_notepad_transcript_with_crlf_is_read()
    {
        byte[] bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("I: Wie war es?\r\nT1: Ich war ziemlich nervös, aber es ging.\r\n")).ToArray();
        Assert.Empty(Check("I", "[\"Ich war ziemlich nervös, aber es ging.\"]{.quote from=T1}\n", "T1.txt", bytes));
        byte[] bigEndian = new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("T1: Zoë kept going.\n")).ToArray();
        Assert.Empty(Check("I", "[\"Zoë kept going.\"]{.quote from=T1}\n", "T1.txt", bigEndian));
    }

    [Fact]
    public void A_cp1252_transcript_is_FG0105_with_the_line_and_column_of_the_first_bad_byte()
    {
        byte[] bytes = Encoding.Latin1.GetBytes("I: How was it?\r\nT1: The caf\u00e9 was fine.\r\n");
        var line = Assert.Single(Check("I", "[\"The café was fine.\"]{.quote from=T1}\n", "T1.txt", bytes));
        Assert.Contains("FG0105", line);
        Assert.Contains("line 2, column 12", line);
    }
}
