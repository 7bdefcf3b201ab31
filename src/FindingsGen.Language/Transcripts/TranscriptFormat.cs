using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Transcripts;

/// <summary>
/// The one table of transcript formats: extension, name, and reader. Adding a format is one reader and one
/// row here; hosts ask this table (never compare extensions themselves) which files are transcripts, which
/// must be extracted to text first (<see cref="Extracted"/>), and how to read them.
/// </summary>
public sealed class TranscriptFormat
{
    private delegate List<TranscriptLine> Reader(string text, ISet<string> known, out LabelStyle style, out string? sniffed);

    private readonly Reader reader;

    private TranscriptFormat(string name, string extension, string displayName, bool extracted, Reader reader, bool cues = false)
    {
        Cues = cues;
        Name = name;
        Extension = extension;
        DisplayName = displayName;
        Extracted = extracted;
        this.reader = reader;
    }

    /// <summary>Plain text.</summary>
    public static readonly TranscriptFormat Text = new("txt", ".txt", "plain text", false, ReadText);
    /// <summary>Markdown (read as text: bold labels are one of the label forms).</summary>
    public static readonly TranscriptFormat Markdown = new("md", ".md", "Markdown", false, ReadText);
    /// <summary>WebVTT; a file without the WEBVTT header but with SubRip cues is read as SubRip.</summary>
    public static readonly TranscriptFormat WebVtt = new("vtt", ".vtt", "WebVTT", false, ReadVtt, cues: true);
    /// <summary>SubRip.</summary>
    public static readonly TranscriptFormat SubRip = new("srt", ".srt", "SubRip", false, ReadSrt, cues: true);
    /// <summary>Word: the host extracts the paragraphs (one a line), which are read as text, Teams layouts included.</summary>
    public static readonly TranscriptFormat Word = new("docx", ".docx", "Word", true, ReadText);

    /// <summary>Every supported format, in the order messages list them.</summary>
    public static IReadOnlyList<TranscriptFormat> All { get; } = new[] { Text, Markdown, WebVtt, SubRip, Word };

    /// <summary>The supported extensions for messages: ".txt, .md, .vtt, .srt, .docx".</summary>
    public static string SupportedList { get; } = string.Join(", ", All.Select(f => f.Extension));

    /// <summary>The stable name (<c>txt</c>, <c>md</c>, <c>vtt</c>, <c>srt</c>, <c>docx</c>), as hosts pass it along.</summary>
    public string Name { get; }
    /// <summary>The file extension, with its dot, lower case.</summary>
    public string Extension { get; }
    /// <summary>The format's name for people ("WebVTT").</summary>
    public string DisplayName { get; }
    /// <summary>
    /// True when the file is not text and the host hands over the text it extracted (a .docx): a host that
    /// passes files on (the build step) must pass that text, not the file.
    /// </summary>
    public bool Extracted { get; }
    /// <summary>True for a caption format (timed cues): a label inside a cue's text is an inline name, as the layout's description says.</summary>
    public bool Cues { get; }

    /// <summary>The format of a file with <paramref name="extension"/> (any case, with or without the dot), or null.</summary>
    public static TranscriptFormat? ForExtension(string extension)
    {
        string dotted = extension.StartsWith(".", StringComparison.Ordinal) ? extension : "." + extension;
        foreach (var format in All) if (string.Equals(format.Extension, dotted, StringComparison.OrdinalIgnoreCase)) return format;
        return null;
    }

    /// <summary>The format named <paramref name="name"/> (<see cref="Name"/>), or null.</summary>
    public static TranscriptFormat? ForName(string? name)
    {
        foreach (var format in All) if (string.Equals(format.Name, name, StringComparison.Ordinal)) return format;
        return null;
    }

    /// <summary>
    /// Reads <paramref name="text"/> (already canonical: LF line ends, no BOM) into turns. <paramref name="knownLabels"/>
    /// are the labels the study declares (interviewer labels, the participant's ID, mapped labels): a declared
    /// label is always a label, even where it occurs once.
    /// </summary>
    public TranscriptReading Read(string text, IEnumerable<string> knownLabels)
    {
        var known = new HashSet<string>(knownLabels, StringComparer.OrdinalIgnoreCase);
        var lines = reader(text, known, out var style, out string? sniffed);
        return new TranscriptReading(this, (sniffed ?? DisplayName) + ", " + Describe(style, Cues, sniffed is null && this == WebVtt), style, lines);
    }

    private static List<TranscriptLine> ReadText(string text, ISet<string> known, out LabelStyle style, out string? sniffed)
    {
        sniffed = null;
        return TextTranscriptReader.Read(text, known, out style);
    }

    private static List<TranscriptLine> ReadVtt(string text, ISet<string> known, out LabelStyle style, out string? sniffed)
    {
        sniffed = null;
        if (!CueTranscriptReader.HasVttHeader(text))
        {
            // SubRip saved under a .vtt name (some converters do): read as SubRip, never dropping a cue as a "header".
            sniffed = "SubRip saved as .vtt";
            return CueTranscriptReader.Read(text, known, vtt: false, out style);
        }
        return CueTranscriptReader.Read(text, known, vtt: true, out style);
    }

    private static List<TranscriptLine> ReadSrt(string text, ISet<string> known, out LabelStyle style, out string? sniffed)
    {
        sniffed = null;
        return CueTranscriptReader.Read(text, known, vtt: false, out style);
    }

    private static string Describe(LabelStyle style, bool cues, bool webVtt)
    {
        if ((style & ~LabelStyle.UnlabelledLines) == LabelStyle.None) return "no speaker labels";
        var parts = new List<string>();
        if ((style & LabelStyle.Voice) != 0) parts.Add("voice tags");
        if ((style & LabelStyle.Plain) != 0) parts.Add(!cues ? "Label: lines" : webVtt ? "inline names (Zoom)" : "inline names");
        if ((style & LabelStyle.Bold) != 0) parts.Add("bold labels");
        if ((style & LabelStyle.Timed) != 0) parts.Add("Label (time): lines");
        if ((style & LabelStyle.Header) != 0) parts.Add("header lines of label and time (Otter, Teams)");
        if ((style & LabelStyle.Tabular) != 0) parts.Add("label, time, text columns (Rev)");
        if ((style & LabelStyle.TimeNameText) != 0) parts.Add("time, name, text lines (Teams)");
        return string.Join(" + ", parts);
    }
}
