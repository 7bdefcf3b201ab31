using System.Collections.Generic;
using System.Text;
using FindingsGen.Language.Model;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Where a traced quotation lies in its transcript's text, in characters: tracing records lines, a coded selection needs
/// a start and an end. The quotation's first words are found on its first traced line and its last words on its last,
/// compared as tracing compares them (<see cref="WordTokenizer.MatchWords"/>, ignoring case), so the selection runs from
/// the first quoted word to the last, elided words included.
/// </summary>
public static class PassageLocator
{
    /// <summary>
    /// The [start, end) of <paramref name="quotation"/> in <paramref name="text"/> (UTF-16 indices, LF line ends) between
    /// 1-based lines <paramref name="firstLine"/> and <paramref name="lastLine"/>, or null when its words are not there.
    /// </summary>
    public static (int Start, int End)? Find(string text, QuotationText quotation, int firstLine, int lastLine)
    {
        var first = FirstWords(quotation);
        var last = LastWords(quotation);
        if (first.Count == 0 || last.Count == 0) return null;
        int from = LineStart(text, firstLine), to = LineStart(text, lastLine + 1);
        if (from < 0) return null;
        if (to < 0) to = text.Length;
        var words = Words(text, from, to);

        int bestStart = -1, bestScore = 0;
        for (int i = 0; i < words.Count; i++)
        {
            int score = 0;
            while (score < first.Count && i + score < words.Count && words[i + score].Text == first[score]) score++;
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = i;
            }
        }
        if (bestStart < 0) return null;

        int bestEnd = -1;
        bestScore = 0;
        for (int j = bestStart; j < words.Count; j++)
        {
            int score = 0;
            while (score < last.Count && j - score >= bestStart && words[j - score].Text == last[last.Count - 1 - score]) score++;
            if (score > bestScore)
            {
                bestScore = score;
                bestEnd = j;
            }
        }
        if (bestEnd < 0) return null;
        return (words[bestStart].Start, words[bestEnd].End);
    }

    /// <summary>The number of Unicode code points in <paramref name="text"/> before UTF-16 index <paramref name="index"/>.</summary>
    public static int CodePoints(string text, int index)
    {
        int count = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1])) count++;
        }
        return count;
    }

    private static List<string> FirstWords(QuotationText quotation)
    {
        foreach (var segment in quotation.Segments)
        {
            foreach (var piece in segment.Pieces)
            {
                if (piece.IsInsertion) return new List<string>();
                return Lower(WordTokenizer.MatchWords(piece.Text));
            }
        }
        return new List<string>();
    }

    private static List<string> LastWords(QuotationText quotation)
    {
        if (quotation.Segments.Count == 0) return new List<string>();
        var pieces = quotation.Segments[quotation.Segments.Count - 1].Pieces;
        var piece = pieces[pieces.Count - 1];
        return piece.IsInsertion ? new List<string>() : Lower(WordTokenizer.MatchWords(piece.Text));
    }

    private static List<string> Lower(List<string> words)
    {
        for (int i = 0; i < words.Count; i++) words[i] = words[i].ToLowerInvariant();
        return words;
    }

    /// <summary>The index where 1-based <paramref name="line"/> starts, or -1 past the end.</summary>
    private static int LineStart(string text, int line)
    {
        if (line <= 1) return 0;
        int current = 1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            if (++current == line) return i + 1;
        }
        return -1;
    }

    /// <summary>The words of text[from, to) as matching sees them (lower case, NFC, straight apostrophes), with their positions.</summary>
    private static List<(string Text, int Start, int End)> Words(string text, int from, int to)
    {
        var words = new List<(string, int, int)>();
        var word = new StringBuilder();
        int start = -1;
        for (int i = from; i < to; i++)
        {
            if (WordTokenizer.IsMatchLetter(text, i))
            {
                if (start < 0) start = i;
                word.Append(text[i]);
                if (char.IsHighSurrogate(text[i]) && i + 1 < to) word.Append(text[++i]);
                continue;
            }
            if (start >= 0 && WordTokenizer.IsApostrophe(text[i]) && i + 1 < to && WordTokenizer.IsMatchLetter(text, i + 1))
            {
                word.Append('\'');
                continue;
            }
            if (start >= 0) words.Add((Normal(word), start, i));
            word.Clear();
            start = -1;
        }
        if (start >= 0) words.Add((Normal(word), start, to));
        return words;
    }

    private static string Normal(StringBuilder word)
    {
        string s = word.ToString();
        if (!s.IsNormalized(NormalizationForm.FormC)) s = s.Normalize(NormalizationForm.FormC);
        return s.ToLowerInvariant();
    }
}
