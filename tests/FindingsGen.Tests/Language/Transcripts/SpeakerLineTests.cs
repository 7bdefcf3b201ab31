using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Transcripts;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The shared speaker-line recogniser, the label precision rule, time marks and annotations.</summary>
public sealed class SpeakerLineTests
{
    private static List<(string Speaker, int Turn, string Text)> Read(string text, params string[] known) =>
        TranscriptFormat.Text.Read(text, known).Lines.Where(l => l.Text.Trim().Length > 0)
            .Select(l => (l.Speaker, l.Turn, string.Join(" ", l.Text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries)))).ToList();

    [Theory]
    [InlineData("T1: I kept going.", SpeakerLineKind.Plain, "T1")]
    [InlineData("[00:00:06] Rowan Hale: I kept going.", SpeakerLineKind.Plain, "Rowan Hale")]
    [InlineData("Zoë O'Brien-Ávila: I kept going.", SpeakerLineKind.Plain, "Zoë O'Brien-Ávila")]
    [InlineData("**I:** I kept going.", SpeakerLineKind.Bold, "I")]
    [InlineData("**Interviewer**: I kept going.", SpeakerLineKind.Bold, "Interviewer")]
    [InlineData("[Interviewer]: I kept going.", SpeakerLineKind.Bold, "Interviewer")]
    [InlineData("Speaker 1 (00:01:02): I kept going.", SpeakerLineKind.Timed, "Speaker 1")]
    [InlineData("Speaker 1 (00:01:02):", SpeakerLineKind.Timed, "Speaker 1")]
    [InlineData("Speaker 1  0:03", SpeakerLineKind.Header, "Speaker 1")]
    [InlineData("Rowan Hale 12:03", SpeakerLineKind.Header, "Rowan Hale")]
    [InlineData("Speaker 1 [00:01:02] I kept going.", SpeakerLineKind.Timed, "Speaker 1")]
    [InlineData("00:00:00 Speaker 1", SpeakerLineKind.Header, "Speaker 1")]
    [InlineData("Speaker1: [00:00:05] I kept going.", SpeakerLineKind.Plain, "Speaker1")]
    [InlineData("Speaker 0\t00:00:14\tI kept going.", SpeakerLineKind.Tabular, "Speaker 0")]
    [InlineData("Speaker 0    00:00:14    I kept going.", SpeakerLineKind.Tabular, "Speaker 0")]
    public void Every_label_form_is_recognised(string line, SpeakerLineKind kind, string label)
    {
        var read = SpeakerLine.Read(line, 0, line.Length);
        Assert.Equal(kind, read.Kind);
        Assert.Equal(label, read.Label);
    }

    [Theory]
    [InlineData("At 12:30 we met.")]
    [InlineData("See https://example.org for it.")]
    [InlineData("Interview 3, synthetic")]
    [InlineData("[laughs] yes.")]
    [InlineData("We met at 0:03 exactly")]
    public void Speech_is_not_a_label(string line) => Assert.Equal(SpeakerLineKind.None, SpeakerLine.Read(line, 0, line.Length).Kind);

    [Fact]
    public void In_a_file_with_labels_a_once_only_word_and_colon_is_speech()
    {
        var lines = Read("I: How was it?\nT1: Long.\nWell: that is how it was.\nSo what I mean is: I stayed.\nI: And then?\nT1: Then I left.\n", "I");
        Assert.Equal(new[]
        {
            ("I", 0, "How was it?"), ("T1", 1, "Long."), ("T1", 1, "Well: that is how it was."), ("T1", 1, "So what I mean is: I stayed."),
            ("I", 2, "And then?"), ("T1", 3, "Then I left."),
        }, lines);
    }

    [Fact]
    public void Words_in_lower_case_before_a_time_are_speech_not_a_label()
    {
        var line = SpeakerLine.Read("I saw him (00:12:01) then", 0, 25);
        Assert.False(line.LooksLikeName);
        Assert.Equal(new[] { ("T1", 0, "Yes."), ("T1", 0, "I saw him then"), ("I", 1, "Ok.") }, Read("T1: Yes.\nI saw him (00:12:01) then\nI: Ok.\n", "I", "T1"));
    }

    [Fact]
    public void A_declared_label_is_a_label_even_once_and_a_recurring_one_without_being_declared()
    {
        var lines = Read("Rowan Hale: A question?\nZoë O'Brien-Ávila: An answer.\nRowan Hale: Another?\nZoë O'Brien-Ávila: Yes.\n");
        Assert.Equal(new[] { "Rowan Hale", "Zoë O'Brien-Ávila", "Rowan Hale", "Zoë O'Brien-Ávila" }, lines.Select(l => l.Speaker));
        var once = Read("Rowan Hale: A question?\nT1: An answer.\nT1: More.\n", "Rowan Hale");
        Assert.Equal(new[] { ("Rowan Hale", 0), ("T1", 1), ("T1", 1) }, once.Select(l => (l.Speaker, l.Turn)));
    }

    [Fact]
    public void A_single_once_only_word_and_colon_in_a_file_without_labels_is_speech()
    {
        var lines = Read("We talked for a while.\nNote: the ward was quiet.\nThen we left.\n");
        Assert.All(lines, l => Assert.Equal("", l.Speaker));
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Time_marks_anywhere_and_transcriber_annotations_are_not_words()
    {
        var lines = Read("I: So? [00:00:10]\nT1: Well [laughs] it was (pause) hard (00:12:34) to say 00:12:40 more [inaudible 00:03:10] (crosstalk) now #00:01:02-5# (.) (4s) then.\n" +
                         "T1: We met at 12:30 (the ward was empty) and stayed 0:03\n", "I");
        Assert.Equal(new[]
        {
            ("I", 0, "So?"),
            ("T1", 1, "Well it was hard to say more now then."),
            ("T1", 1, "We met at 12:30 (the ward was empty) and stayed"),
        }, lines);
    }

    [Fact]
    public void A_huge_line_of_unclosed_brackets_and_colons_is_read_in_linear_time()
    {
        string line = "T1: " + string.Concat(Enumerable.Repeat("[( #0:", 400_000)) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var format in TranscriptFormat.All) format.Read(line, new[] { "T1" });
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void In_a_zoom_vtt_every_cue_start_name_is_a_speaker_even_an_undeclared_one_that_speaks_once()
    {
        const string vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAvery Stone: How was it?\n\n2\n00:00:02.000 --> 00:00:03.000\nT1: Long.\nWell: that is all.\n\n" +
                           "3\n00:00:03.000 --> 00:00:04.000\nT1: Very long.\n";
        var lines = TranscriptFormat.WebVtt.Read(vtt, new[] { "T1" }).Lines;
        Assert.Equal(new[] { ("Avery Stone", 0, "How was it?"), ("T1", 1, "Long."), ("T1", 1, "Well: that is all."), ("T1", 1, "Very long.") },
            lines.Select(l => (l.Speaker, l.Turn, l.Text.Trim())));
    }

    [Fact]
    public void The_older_teams_layout_of_time_name_and_text_lines_is_read_and_a_name_alone_elsewhere_is_speech()
    {
        var lines = Read("0:0:1.120 --> 0:0:4.480\nRowan Hale\nHow was it?\n0:0:5.0 --> 0:0:8.0\nT1\nLong.\n0:0:9.0 --> 0:0:10.0\nT1\nVery long.\nYes\n", "T1");
        Assert.Equal(new[] { ("Rowan Hale", 0, "How was it?"), ("T1", 1, "Long."), ("T1", 1, "Very long."), ("T1", 1, "Yes") }, lines);
    }

    [Fact]
    public void Consecutive_turns_of_one_speaker_are_one_turn_in_every_format()
    {
        const string speech = "I kept going";
        foreach (var (format, text) in new[]
        {
            (TranscriptFormat.Text, $"I: Q?\nT1: {speech}\nT1: on.\n"),
            (TranscriptFormat.Markdown, $"**I:** Q?\n\n**T1:** {speech}\n\n**T1:** on.\n"),
            (TranscriptFormat.WebVtt, $"WEBVTT\n\n00:01.000 --> 00:02.000\nI: Q?\n\n00:02.000 --> 00:03.000\nT1: {speech}\n\n00:03.000 --> 00:04.000\nT1: on.\n"),
            (TranscriptFormat.SubRip, $"1\n00:00:01,000 --> 00:00:02,000\nI: Q?\n\n2\n00:00:02,000 --> 00:00:03,000\n<v T1>{speech}\n\n3\n00:00:03,000 --> 00:00:04,000\n<v T1>on.\n"),
        })
        {
            var lines = format.Read(text, new[] { "I", "T1" }).Lines.Where(l => l.Text.Trim().Length > 0).ToList();
            Assert.Equal(new[] { 0, 1, 1 }, lines.Select(l => l.Turn));
        }
    }

    [Fact]
    public void Other_services_shapes_are_read_descript_sonix_trint_and_word_transcribe()
    {
        Assert.Equal(new[] { ("I", 0, "Q?"), ("T1", 1, "Long."), ("T1", 1, "Very long.") },
            Read("[00:00:01] I: Q?\n[00:00:04] T1: Long.\n[00:00:06] T1: Very long.\n", "I"));                   // Descript
        Assert.Equal(new[] { ("I", 0, "Q?"), ("T1", 1, "Long."), ("T1", 1, "Very long.") },
            Read("I: [00:00:01] Q?\nT1: [00:00:04] Long.\nT1: [00:00:06] Very long.\n", "I"));                   // Sonix
        Assert.Equal(new[] { ("Speaker 1", 0, "Q?"), ("Speaker 2", 1, "Long."), ("Speaker 2", 1, "Very long.") },
            Read("Speaker 1 [00:00:01] Q?\nSpeaker 2 [00:00:04] Long.\nSpeaker 2 [00:00:06] Very long.\n"));    // Trint
        Assert.Equal(new[] { ("Speaker 1", 0, "Q?"), ("Speaker 2", 1, "Long."), ("Speaker 2", 1, "Very long.") },
            Read("00:00:01 Speaker 1\nQ?\n\n00:00:04 Speaker 2\nLong.\n\n00:00:06 Speaker 2\nVery long.\n"));  // Word's Transcribe
    }

    [Fact]
    public void The_format_table_knows_every_extension_and_its_stable_name()
    {
        Assert.Equal(new[] { "txt", "md", "vtt", "srt", "docx" }, TranscriptFormat.All.Select(f => f.Name));
        Assert.Same(TranscriptFormat.SubRip, TranscriptFormat.ForExtension(".SRT"));
        Assert.Null(TranscriptFormat.ForExtension(".rtf"));
        Assert.Equal(".txt, .md, .vtt, .srt, .docx", TranscriptFormat.SupportedList);
        Assert.True(TranscriptFormat.Word.Extracted);
        Assert.Equal("SubRip saved as .vtt, no speaker labels", TranscriptFormat.WebVtt.Read("1\n00:00:00,000 --> 00:00:01,000\nHello.\n", new string[0]).Layout);
    }
}
