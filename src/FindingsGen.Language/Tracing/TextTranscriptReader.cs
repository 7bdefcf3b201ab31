using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Reads <c>.txt</c>/<c>.md</c> transcripts (and the paragraphs of a <c>.docx</c>): a turn starts at a line
/// that begins with <c>Label:</c>, after an optional timestamp (<c>[00:12:34]</c> or <c>00:12:34</c>); lines
/// without a label continue it. A file with no labels at all is all participant speech. In a labelled file,
/// lines before the first label (a title, a note) are not speech.
/// </summary>
public static class TextTranscriptReader
{
    /// <summary>The speech lines of <paramref name="text"/> (LF line ends; a CR before LF is ignored).</summary>
    public static List<TranscriptLine> Read(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int at = 0;
        while (at <= text.Length)
        {
            int newline = text.IndexOf('\n', at);
            int end = newline < 0 ? text.Length : newline;
            starts.Add(at);
            ends.Add(end > at && text[end - 1] == '\r' ? end - 1 : end);
            if (newline < 0) break;
            at = newline + 1;
        }

        bool labelled = false;
        for (int i = 0; i < starts.Count && !labelled; i++) labelled = TryLabel(text, starts[i], ends[i], out _, out _);

        var result = new List<TranscriptLine>(starts.Count);
        int turn = -1;
        string speaker = "";
        for (int i = 0; i < starts.Count; i++)
        {
            int start = starts[i], end = ends[i];
            if (labelled && TryLabel(text, start, end, out string label, out int speechStart))
            {
                turn++;
                speaker = label;
                result.Add(new TranscriptLine(turn, speaker, i + 1, text, speechStart, end - speechStart));
            }
            else if (!labelled)
            {
                int speech = SkipTimestamp(text, start, end);
                result.Add(new TranscriptLine(0, "", i + 1, text, speech, end - speech));
            }
            else if (turn >= 0)
            {
                result.Add(new TranscriptLine(turn, speaker, i + 1, text, start, end - start));
            }
        }
        return result;
    }

    private static bool TryLabel(string text, int start, int end, out string label, out int speechStart)
    {
        label = "";
        speechStart = start;
        int i = SkipTimestamp(text, start, end);
        int labelStart = i;
        // A label is a short name: letters, digits, spaces, dots, hyphens and underscores, then a colon.
        int spaces = 0;
        while (i < end && i - labelStart <= 40 && (char.IsLetterOrDigit(text[i]) || text[i] == ' ' || text[i] == '.' || text[i] == '-' || text[i] == '_'))
        {
            if (text[i] == ' ' && ++spaces > 2) return false; // more than three words: speech, not a label
            i++;
        }
        if (i >= end || text[i] != ':' || i == labelStart || text[labelStart] == ' ' || text[i - 1] == ' ') return false;
        if (i + 1 < end && text[i + 1] != ' ' && text[i + 1] != '\t') return false; // "12:30" or a URL, not a label
        label = text.Substring(labelStart, i - labelStart);
        speechStart = i + 1;
        return true;
    }

    /// <summary>Index after a leading <c>[hh:mm:ss]</c> or <c>hh:mm:ss</c> (and following spaces), or <paramref name="start"/>.</summary>
    private static int SkipTimestamp(string text, int start, int end)
    {
        int j = start;
        while (j < end && text[j] == ' ') j++;
        bool bracket = j < end && text[j] == '[';
        if (bracket) j++;
        int digitsStart = j;
        bool colon = false;
        while (j < end && (char.IsDigit(text[j]) || text[j] == ':' || text[j] == '.'))
        {
            colon |= text[j] == ':';
            j++;
        }
        if (!colon || j - digitsStart < 4 || !char.IsDigit(text[digitsStart])) return start;
        if (bracket)
        {
            if (j >= end || text[j] != ']') return start;
            j++;
        }
        else if (j < end && text[j] != ' ')
        {
            return start;
        }
        while (j < end && text[j] == ' ') j++;
        return j;
    }
}
