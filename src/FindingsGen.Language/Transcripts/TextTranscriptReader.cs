using System.Collections.Generic;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Language.Transcripts;

/// <summary>
/// Reads <c>.txt</c>/<c>.md</c> transcripts and the paragraphs of a <c>.docx</c>, one line at a time through the
/// shared <see cref="SpeakerLine"/> recogniser: a turn starts at a line naming a speaker (in any of its forms);
/// lines without one continue it. A file with no labels at all is all speech of nobody named. In a labelled
/// file, lines before the first label (a title, a note) are not speech.
/// </summary>
internal static class TextTranscriptReader
{
    /// <summary>The speech lines of <paramref name="text"/> (LF line ends; a CR before LF is ignored), with no declared labels.</summary>
    public static List<TranscriptLine> Read(string text) => Read(text, new HashSet<string>(), out _);

    /// <summary>The speech lines of <paramref name="text"/>; <paramref name="known"/> are labels declared for it.</summary>
    public static List<TranscriptLine> Read(string text, ISet<string> known, out LabelStyle style)
    {
        var raw = new List<RawLine>();
        int at = 0, number = 1;
        while (at <= text.Length)
        {
            int newline = text.IndexOf('\n', at);
            int end = newline < 0 ? text.Length : newline;
            raw.Add(new RawLine(number++, text, at, end > at && text[end - 1] == '\r' ? end - 1 : end));
            if (newline < 0) break;
            at = newline + 1;
        }
        return TurnBuilder.Build(raw, known, cues: false, out style);
    }
}
