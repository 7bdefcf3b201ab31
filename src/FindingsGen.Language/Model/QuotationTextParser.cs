using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Model;

/// <summary>
/// Splits a quotation's words at elisions (<c>...</c>, <c>…</c>, <c>[...]</c>, <c>[…]</c>) into segments, and
/// marks any other <c>[text]</c> as an editorial insertion.
/// </summary>
public static class QuotationTextParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="lines"/> locates it in its page.</summary>
    public static QuotationText Parse(MappedText text, LineMap lines)
    {
        text = Unwrap(text);
        var segments = new List<QuoteSegment>();
        var pieces = new List<QuotePiece>();
        string s = text.Text;
        int wordsStart = 0;

        void FlushWords(int end)
        {
            int a = wordsStart, b = end;
            while (a < b && char.IsWhiteSpace(s[a])) a++;
            while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
            if (b > a) pieces.Add(new QuotePiece(false, s.Substring(a, b - a), text.SourceOffset(a), text.SourceEnd(b)));
        }

        void FlushSegment()
        {
            if (pieces.Exists(p => !p.IsInsertion)) segments.Add(new QuoteSegment(pieces.ToArray()));
            pieces.Clear();
        }

        int i = 0;
        while (i < s.Length)
        {
            int elision = ElisionLength(s, i);
            if (elision > 0)
            {
                FlushWords(i);
                FlushSegment();
                i += elision;
                wordsStart = i;
                continue;
            }
            if (s[i] == '[')
            {
                int close = s.IndexOf(']', i + 1);
                if (close > i)
                {
                    FlushWords(i);
                    pieces.Add(new QuotePiece(true, s.Substring(i + 1, close - i - 1), text.SourceOffset(i), text.SourceEnd(close + 1)));
                    i = close + 1;
                    wordsStart = i;
                    continue;
                }
            }
            i++;
        }
        FlushWords(s.Length);
        FlushSegment();

        var location = s.Length == 0
            ? lines.Locate(text.SourceOffset(0), text.SourceOffset(0))
            : lines.Locate(text.SourceOffset(0), text.SourceEnd(s.Length));
        return new QuotationText(text, segments, location);
    }

    /// <summary>Length of the elision mark at <paramref name="i"/>, or 0.</summary>
    public static int ElisionLength(string s, int i)
    {
        if (s[i] == '\u2026') return 1;
        if (string.CompareOrdinal(s, i, "...", 0, 3) == 0)
        {
            int n = 3;
            while (i + n < s.Length && s[i + n] == '.') n++;
            return n;
        }
        if (s[i] == '[')
        {
            int j = i + 1;
            while (j < s.Length && s[j] == ' ') j++;
            int inner = j < s.Length && s[j] == '\u2026' ? 1 : j + 3 <= s.Length && string.CompareOrdinal(s, j, "...", 0, 3) == 0 ? 3 : 0;
            if (inner == 0) return 0;
            j += inner;
            while (j < s.Length && s[j] == ' ') j++;
            if (j < s.Length && s[j] == ']') return j + 1 - i;
        }
        return 0;
    }

    private static MappedText Unwrap(MappedText text)
    {
        // Quote marks that wrap an inline quotation ("gently") are not part of it.
        string s = text.Text;
        int a = 0, b = s.Length;
        while (a < b && char.IsWhiteSpace(s[a])) a++;
        while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
        if (QuoteMarks.TryUnwrap(s, a, b, out int inner, out int innerEnd))
        {
            a = inner;
            b = innerEnd;
        }
        return a == 0 && b == s.Length ? text : text.Slice(a, b - a);
    }
}
