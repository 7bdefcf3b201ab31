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
    /// <summary>The speech lines of <paramref name="text"/>.</summary>
    public static List<TranscriptLine> Read(string text)
    {
        var lines = text.Split('\n');
        var result = new List<TranscriptLine>(lines.Length);
        bool labelled = false;
        foreach (var raw in lines)
        {
            if (TryLabel(raw.TrimEnd('\r'), out _, out _))
            {
                labelled = true;
                break;
            }
        }

        int turn = -1;
        string speaker = "";
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (labelled && TryLabel(line, out string label, out int speechStart))
            {
                turn++;
                speaker = label;
                result.Add(new TranscriptLine(turn, speaker, i + 1, line.Substring(speechStart)));
            }
            else if (!labelled)
            {
                result.Add(new TranscriptLine(0, "", i + 1, StripTimestamp(line)));
            }
            else if (turn >= 0)
            {
                result.Add(new TranscriptLine(turn, speaker, i + 1, line));
            }
        }
        return result;
    }

    private static bool TryLabel(string line, out string label, out int speechStart)
    {
        label = "";
        speechStart = 0;
        int i = SkipTimestamp(line, 0);
        int start = i;
        // A label is a short name: letters, digits, spaces, dots, hyphens and underscores, then a colon.
        while (i < line.Length && i - start <= 40 && (char.IsLetterOrDigit(line[i]) || line[i] == ' ' || line[i] == '.' || line[i] == '-' || line[i] == '_')) i++;
        if (i >= line.Length || line[i] != ':' || i == start || line[start] == ' ' || line[i - 1] == ' ') return false;
        if (i + 1 < line.Length && line[i + 1] != ' ' && line[i + 1] != '\t') return false; // "12:30" or a URL, not a label
        label = line.Substring(start, i - start);
        if (CountWords(label) > 3) return false;
        speechStart = i + 1;
        return true;
    }

    private static int CountWords(string s) => s.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Length;

    private static string StripTimestamp(string line)
    {
        int i = SkipTimestamp(line, 0);
        return i == 0 ? line : line.Substring(i);
    }

    /// <summary>Index after a leading <c>[hh:mm:ss]</c> or <c>hh:mm:ss</c> (and following spaces), or <paramref name="i"/>.</summary>
    private static int SkipTimestamp(string line, int i)
    {
        int j = i;
        while (j < line.Length && line[j] == ' ') j++;
        bool bracket = j < line.Length && line[j] == '[';
        if (bracket) j++;
        int digitsStart = j;
        while (j < line.Length && (char.IsDigit(line[j]) || line[j] == ':' || line[j] == '.')) j++;
        string stamp = line.Substring(digitsStart, j - digitsStart);
        if (stamp.IndexOf(':') < 0 || stamp.Length < 4 || !char.IsDigit(stamp[0])) return i;
        if (bracket)
        {
            if (j >= line.Length || line[j] != ']') return i;
            j++;
        }
        else if (j < line.Length && line[j] != ' ')
        {
            return i;
        }
        while (j < line.Length && line[j] == ' ') j++;
        return j;
    }
}
