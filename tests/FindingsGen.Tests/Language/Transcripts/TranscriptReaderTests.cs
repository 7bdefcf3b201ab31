using System.Linq;
using FindingsGen.Language.Tracing;
using FindingsGen.Language.Transcripts;
using FindingsGen.Files;
using Xunit;

namespace FindingsGen.Tests;

public sealed class TranscriptReaderTests
{
    [Fact]
    public void Text_turns_start_at_labels_skip_timestamps_and_continue_on_unlabelled_lines()
    {
        var lines = TextTranscriptReader.Read("Interview 3, synthetic\n[00:00:01] I: Hello?\n00:00:04 T1: First line\nsecond line\nDr. Smith-Jones: Hi\nAt 12:30 we met.\n");
        Assert.Equal(new[] { (0, "I", 2, "Hello?"), (1, "T1", 3, "First line"), (1, "T1", 4, "second line"), (2, "Dr. Smith-Jones", 5, "Hi"), (2, "Dr. Smith-Jones", 6, "At 12:30 we met.") },
            lines.Where(l => l.Text.Length > 0).Select(l => (l.Turn, l.Speaker, l.Line, l.Text.Trim())));
    }

    [Fact]
    public void A_text_file_without_labels_is_all_participant_speech()
    {
        var lines = TextTranscriptReader.Read("[00:00:01] Just talking.\nStill talking.\n");
        Assert.All(lines, l => Assert.Equal("", l.Speaker));
        Assert.Equal("Just talking.", lines[0].Text.Trim());
    }

    [Fact]
    public void Vtt_voice_tags_give_speakers_and_cue_ids_timings_and_notes_are_not_speech()
    {
        const string vtt = "WEBVTT\n\nNOTE a note that is not speech\n\ncue-1\n00:00:01.000 --> 00:00:02.000\n<v I>How are you?</v>\n\n" +
                           "00:00:02.000 --> 00:00:04.000\n<v.loud T1>I am <i>fine</i>, thanks &amp; you?</v>\n\n00:00:04.000 --> 00:00:05.000\nStill T1 here.\n";
        var lines = CueTranscriptReader.Read(vtt);
        Assert.Equal(new[] { ("I", "How are you?"), ("T1", "I am fine, thanks & you?"), ("T1", "Still T1 here.") }, lines.Select(l => (l.Speaker, l.Text)));
        Assert.Equal(new[] { 7, 10, 13 }, lines.Select(l => l.Line));
        Assert.Equal(lines[1].Turn, lines[2].Turn);
        Assert.DoesNotContain(lines, l => l.Text.Contains("note") || l.Text.Contains("-->") || l.Text.Contains("cue-1"));
    }

    [Fact]
    public void Docx_paragraphs_are_lines_and_comments_deletions_and_properties_are_not_speech()
    {
        var bytes = DocxWriter.Write(new[] { "I: Hello?", "T1: I kept going." }, comment: "CODER-NOTE", deletedText: "DELETED-WORDS", title: "PROPERTY-TITLE");
        string text = DocxText.Extract(bytes);
        Assert.Equal("I: Hello?\nT1: I kept going.", text);
    }

    [Fact]
    public void Docx_text_right_after_a_deletion_or_a_field_code_is_kept()
    {
        using var stream = new System.IO.MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var W = new System.Func<string, DocumentFormat.OpenXml.Wordprocessing.Text>(t => new DocumentFormat.OpenXml.Wordprocessing.Text(t) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                    new DocumentFormat.OpenXml.Wordprocessing.Run(W("T1: I kept ")),
                    new DocumentFormat.OpenXml.Wordprocessing.DeletedRun(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.DeletedText("never "))) { Id = "1", Author = "A" },
                    new DocumentFormat.OpenXml.Wordprocessing.Run(W("going")),
                    new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.FieldCode(" PAGE ")),
                    new DocumentFormat.OpenXml.Wordprocessing.Run(W(","), new DocumentFormat.OpenXml.Wordprocessing.TabChar(), W("then stopped.")))));
        }
        Assert.Equal("T1: I kept going,\tthen stopped.", DocxText.Extract(stream.ToArray()));
    }
}
