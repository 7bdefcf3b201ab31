using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FindingsGen.Tests;

/// <summary>
/// One invented interview written in the shape of each transcription service's export: the interviewer
/// (a real-looking name, declared in the manifest) asks <see cref="Question"/>, the participant answers in two
/// consecutive turns or cues (<see cref="Answer"/> spans both, with a time mark or a header between them), then
/// says a private sentence that holds the canary.
/// </summary>
public static class TranscriptLayouts
{
    public const string Question = "What did the first night shift feel like?";
    public const string Answer = "It felt long and strange. I kept counting the hours until dawn.";
    /// <summary>The interviewer's label: a name with a space, as Zoom and Teams write display names.</summary>
    public const string Interviewer = "Rowan Hale";
    /// <summary>A participant label with non-ASCII letters, where the layout keeps the participant's display name.</summary>
    public const string NamedParticipant = "Zoë O'Brien-Ávila";

    public sealed record Layout(string Name, string Extension, bool HasSpeakers, string LayoutName, Func<string, string, byte[]> Write)
    {
        public override string ToString() => Name;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Every layout; <c>Write(id, canary)</c> gives the file's bytes for participant <c>id</c>.</summary>
    public static IReadOnlyList<Layout> All { get; } = new Layout[]
    {
        new("txt-labels", ".txt", true, "plain text, Label: lines", (id, canary) => Utf8(
            $"Interview 4 (invented)\n[00:00:01] {Interviewer}: {Question}\n[00:00:05] {id}: It felt long and strange.\n[00:00:09] {id}: I kept counting the hours until dawn.\n" +
            $"[00:00:14] {id}: The {canary} stays private.\n")),
        new("md-bold", ".md", true, "Markdown, bold labels", (id, canary) => Utf8(
            $"# Interview 4\n\n**I:** {Question}\n\n**{id}:** It felt long and strange.\n\n**{id}**: I kept counting the hours until dawn. The {canary} stays private.\n")),
        new("rev-timed", ".txt", true, "plain text, Label (time): lines", (id, canary) => Utf8(
            $"{Interviewer} (00:00:01):\n{Question}\n\n{id} (00:00:05):\nIt felt long and strange.\n\n{id} (00:00:09): I kept counting the hours until dawn.\n\n{id} (00:00:14):\nThe {canary} stays private.\n")),
        new("otter-header", ".txt", true, "plain text, header lines of label and time (Otter, Teams)", (id, canary) => Utf8(
            $"{Interviewer}  0:01\n{Question}\n\n{NamedParticipant}  0:05\nIt felt long and strange.\n\n{NamedParticipant}  0:09\nI kept counting the hours until dawn.\n\n{NamedParticipant}  1:14\nThe {canary} stays private.\n")),
        new("rev-tabular", ".txt", true, "plain text, label, time, text columns (Rev)", (id, canary) => Utf8(
            $"Speaker 0\t00:00:01\t{Question}\nSpeaker 1\t00:00:05\tIt felt long and strange.\nSpeaker 1    00:00:09    I kept counting the hours until dawn.\nSpeaker 1    00:00:14    The {canary} stays private.\n")),
        new("f4-timemarks", ".txt", true, "plain text, Label: lines", (id, canary) => Utf8(
            $"I: {Question} #00:00:04-1#\n\nB: It felt long and strange. #00:00:08-3#\n\nB: I kept counting the hours #00:00:10-2# until dawn. (.) The {canary} stays private. #00:00:12-0#\n")),
        new("zoom-vtt", ".vtt", true, "WebVTT, inline names (Zoom)", (id, canary) => Utf8(
            $"WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n{Interviewer}: {Question}\n\n2\n00:00:05.000 --> 00:00:08.000\n{id}: It felt long and strange.\n\n" +
            $"3\n00:00:09.000 --> 00:00:12.000\n{id}: I kept counting the hours until dawn.\n\n4\n00:00:14.000 --> 00:00:16.000\n{id}: The {canary} stays private.\n")),
        new("teams-vtt", ".vtt", true, "WebVTT, voice tags", (id, canary) => Utf8(
            $"WEBVTT\n\n5b1c9e2a-0d4f-4c8e-9a31-7f2e6d8c1b05/14-0\n00:00:01.120 --> 00:00:04.480\n<v {Interviewer}>{Question}</v>\n\n" +
            $"5b1c9e2a-0d4f-4c8e-9a31-7f2e6d8c1b05/15-0\n00:00:05.010 --> 00:00:08.220\n<v {id}>It felt long and strange. I kept counting</v>\n\n" +
            $"5b1c9e2a-0d4f-4c8e-9a31-7f2e6d8c1b05/15-1\n00:00:08.220 --> 00:00:12.000\n<v {id}>the hours until dawn.</v>\n\n" +
            $"5b1c9e2a-0d4f-4c8e-9a31-7f2e6d8c1b05/16-0\n00:00:14.000 --> 00:00:16.000\n<v {id}>The {canary} stays private.</v>\n")),
        new("vtt-open-voice", ".vtt", true, "WebVTT, voice tags", (id, canary) => Utf8(
            $"WEBVTT\n\n00:01.000 --> 00:04.500\n<v {Interviewer}>{Question}\n\n00:05.000 --> 00:08.000\n<v {id}>It felt long and strange.\n\n" +
            $"00:09.000 --> 00:12.000\nI kept counting the hours until dawn.\n\n00:14.000 --> 00:16.000\n<v {id}>The {canary} stays private.\n")),
        new("srt-names", ".srt", true, "SubRip, inline names", (id, canary) => Utf8(
            $"1\n00:00:01,000 --> 00:00:04,500\n{Interviewer}: {Question}\n\n2\n00:00:05,000 --> 00:00:08,000\n{id}: It felt long and strange.\n\n" +
            $"3\n00:00:09,000 --> 00:00:12,000\n{id}: I kept counting the hours until dawn.\n\n4\n00:00:14,000 --> 00:00:16,000\n{id}: The {canary} stays private.\n")),
        new("srt-as-vtt-names", ".vtt", true, "SubRip saved as .vtt, inline names", (id, canary) => Utf8(
            $"1\n00:00:01,000 --> 00:00:04,500\n{Interviewer}: {Question}\n\n2\n00:00:05,000 --> 00:00:08,000\n{id}: It felt long and strange.\n\n" +
            $"3\n00:00:09,000 --> 00:00:12,000\n{id}: I kept counting the hours until dawn.\n\n4\n00:00:14,000 --> 00:00:16,000\n{id}: The {canary} stays private.\n")),
        new("whisper-srt", ".srt", false, "SubRip, no speaker labels", (id, canary) => Utf8(
            $"1\n00:00:00,000 --> 00:00:03,000\nIt felt long and strange. I kept\n\n2\n00:00:03,000 --> 00:00:06,500\ncounting the hours until dawn.\n\n3\n00:00:07,000 --> 00:00:09,000\nThe {canary} stays private.\n")),
        new("whisper-vtt", ".vtt", false, "WebVTT, no speaker labels", (id, canary) => Utf8(
            $"WEBVTT\n\n00:00.000 --> 00:03.000\nIt felt long and strange. I kept\n\n00:03.000 --> 00:06.500\ncounting the hours until dawn.\n\n00:07.000 --> 00:09.000\nThe {canary} stays private.\n")),
        new("teams-docx-header", ".docx", true, "Word, header lines of label and time (Otter, Teams)", (id, canary) => DocxWriter.Write(new[]
        {
            $"{Interviewer}   0:01", Question, $"{id}   0:05", "It felt long and strange.", $"{id}   0:09", "I kept counting the hours until dawn.", $"{id}   0:14", $"The {canary} stays private.",
        })),
        new("teams-docx-triple", ".docx", true, "Word, time, name, text lines (Teams)", (id, canary) => DocxWriter.Write(new[]
        {
            "0:0:1.120 --> 0:0:4.480", Interviewer, Question, "0:0:5.10 --> 0:0:8.220", id, "It felt long and strange.",
            "0:0:9.0 --> 0:0:12.0", id, "I kept counting the hours until dawn.", "0:0:14.0 --> 0:0:16.0", id, $"The {canary} stays private.",
        })),
        new("utf16-txt", ".txt", true, "plain text, Label: lines", (id, canary) => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(
            $"{Interviewer}: {Question}\r\n{id}: It felt long and strange.\r\n{id}: I kept counting the hours until dawn.\r\n{id}: The {canary} stays private.\r\n")).ToArray()),
    };

    /// <summary>The manifest for a study of participants <paramref name="ids"/>: the interviewer labels every layout uses.</summary>
    public static string Manifest(IEnumerable<string> ids, string extra = "") =>
        $"title: Layouts\nparticipants: {{ {string.Join(", ", ids.Select(id => id + ": {}"))} }}\ntranscripts:\n  path: transcripts/{{id}}.*\n  interviewer: [I, \"{Interviewer}\", \"Speaker 0\"]\n{extra}rules: {{ FG0008: none }}\n";

    /// <summary>The page: the answer across two turns (verbatim) and, where speakers are named, the question misattributed.</summary>
    public static string Page(string id, bool question) =>
        $"[\"{Answer}\"]{{.quote from={id}}}\n" + (question ? $"\n[\"{Question}\"]{{.quote from={id}}}\n" : "");
}
