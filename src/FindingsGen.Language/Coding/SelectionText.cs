using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// The text of coded selections, read by content. Packages count REFI-QDA positions differently (UTF-16 units in NVivo
/// and MAXQDA, code points in QualCoder, a CRLF as one character in ATLAS.ti), so for each source the counting under
/// which its selections begin and end at word boundaries most often is taken, and the positions read that way.
/// </summary>
public sealed class SelectionText
{
    private readonly string text;
    private readonly int[]? map;

    private SelectionText(string text, int[]? map)
    {
        this.text = text;
        this.map = map;
    }

    /// <summary>How a source's positions are counted.</summary>
    public string Counting { get; private set; } = "UTF-16 units";

    /// <summary>The counting that fits <paramref name="selections"/> of <paramref name="text"/> best (BOM already removed).</summary>
    public static SelectionText For(string text, IReadOnlyList<QdaSelection> selections)
    {
        bool pairs = false, crlf = false;
        for (int i = 0; i < text.Length && !(pairs && crlf); i++)
        {
            pairs |= char.IsHighSurrogate(text[i]);
            crlf |= text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
        }
        var best = new SelectionText(text, null);
        int bestScore = best.Score(selections);
        foreach (var (codePoints, crlfAsOne, name) in new[] { (true, false, "code points"), (false, true, "UTF-16 units, CRLF as one"), (true, true, "code points, CRLF as one") })
        {
            if ((codePoints && !pairs) || (crlfAsOne && !crlf)) continue;
            if (codePoints && crlfAsOne && !(pairs && crlf)) continue;
            var candidate = new SelectionText(text, Map(text, codePoints, crlfAsOne)) { Counting = name };
            int score = candidate.Score(selections);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>The text between a selection's positions read this way, or null when they fall outside the text.</summary>
    public string? Of(QdaSelection selection)
    {
        if (Index(selection.Start) is not { } start || Index(selection.End) is not { } end || end < start) return null;
        return text.Substring(start, end - start);
    }

    private int? Index(int position)
    {
        if (position < 0) return null;
        if (map is null) return position <= text.Length ? position : null;
        return position < map.Length ? map[position] : null;
    }

    /// <summary>How many selection ends (starts and ends) fall at a word boundary, not inside a word or on a space, read this way.</summary>
    private int Score(IReadOnlyList<QdaSelection> selections)
    {
        int score = 0;
        foreach (var selection in selections)
        {
            if (Index(selection.Start) is not { } start || Index(selection.End) is not { } end || end <= start) continue;
            // A coder selects from a word's first character to a word's (or its punctuation's) last: a reading one
            // character off begins or ends inside a word, or on the space before or after it.
            bool opens = !char.IsWhiteSpace(text[start]) && (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]));
            bool closes = !char.IsWhiteSpace(text[end - 1]) && (end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]));
            if (opens) score++;
            if (closes) score++;
        }
        return score;
    }

    /// <summary>Position → UTF-16 index under a counting (one entry per position, and one past the end).</summary>
    private static int[] Map(string text, bool codePoints, bool crlfAsOne)
    {
        var map = new List<int>(text.Length + 1);
        int i = 0;
        while (i < text.Length)
        {
            map.Add(i);
            if (codePoints && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i += 2;
            else if (crlfAsOne && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i += 2;
            else i++;
        }
        map.Add(text.Length);
        return map.ToArray();
    }
}
