using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Model;

/// <summary>
/// Splits a quotation's words at elisions (every spelling of <see cref="ElisionLength"/>) into segments, drops
/// <c>[sic]</c> markers, and marks any other <c>[text]</c> as an editorial insertion.
/// </summary>
internal static class QuotationTextParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="lines"/> locates it in its page.</summary>
    public static QuotationText Parse(MappedText text, LineMap lines)
    {
        text = Unwrap(text);
        var segments = new List<QuotationSegment>();
        var pieces = new List<QuotationPiece>();
        string s = text.Text;
        int wordsStart = 0;

        void FlushWords(int end)
        {
            int a = wordsStart, b = end;
            while (a < b && char.IsWhiteSpace(s[a])) a++;
            while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
            if (b > a) pieces.Add(new QuotationPiece(false, Decoded(WithoutCaseBrackets(s.Substring(a, b - a))), text.SourceOffset(a), text.SourceEnd(b)));
        }

        void FlushSegment()
        {
            if (pieces.Exists(p => !p.IsInsertion)) segments.Add(new QuotationSegment(pieces.ToArray()));
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
            int sic = SicLength(s, i);
            if (sic > 0)
            {
                // [sic] says "this is how it was said": a marker that stands for no word at all.
                FlushWords(i);
                i += sic;
                wordsStart = i;
                continue;
            }
            if (IsCaseBracket(s, i))
            {
                // "[T]he", "[i]t's": the case of a word's first letter changed, as APA and Chicago mark it. The letter is
                // the word's own (it stays in the words), not an insertion.
                i += 3;
                continue;
            }
            if (s[i] == '[')
            {
                int close = s.IndexOf(']', i + 1);
                if (close > i)
                {
                    FlushWords(i);
                    pieces.Add(new QuotationPiece(true, s.Substring(i + 1, close - i - 1), text.SourceOffset(i), text.SourceEnd(close + 1)));
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

    /// <summary>
    /// True for a bracketed single letter that starts a word (<c>[T]he</c>, <c>[i]t's</c>): the case of the word's first
    /// letter changed, which style guides mark with brackets.
    /// </summary>
    public static bool IsCaseBracket(string s, int i) =>
        i + 3 < s.Length && s[i] == '[' && char.IsLetter(s[i + 1]) && s[i + 2] == ']' && char.IsLetter(s[i + 3]) &&
        (i == 0 || !char.IsLetterOrDigit(s[i - 1]));

    /// <summary>
    /// HTML entities decoded (<c>didn&amp;rsquo;t</c> is <c>didn’t</c>), as the page shows them: an entity is how the
    /// author typed a character, never words of its own.
    /// </summary>
    private static string Decoded(string words) => words.IndexOf('&') < 0 ? words : System.Net.WebUtility.HtmlDecode(words);

    /// <summary>The words with case brackets opened: "[T]he" is "The".</summary>
    private static string WithoutCaseBrackets(string words)
    {
        if (words.IndexOf('[') < 0) return words;
        var builder = new System.Text.StringBuilder(words.Length);
        for (int k = 0; k < words.Length; k++)
        {
            if (IsCaseBracket(words, k))
            {
                builder.Append(words[k + 1]);
                k += 2;
                continue;
            }
            builder.Append(words[k]);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Length of the elision mark at <paramref name="i"/>, or 0: <c>…</c>, three or more dots with or without spaces
    /// between them (<c>...</c>, <c>. . .</c>, <c>. . . .</c>), or either of those in square brackets or parentheses,
    /// with or without spaces inside (<c>[...]</c>, <c>[ … ]</c>, <c>(...)</c>, <c>(…)</c>).
    /// </summary>
    public static int ElisionLength(string s, int i)
    {
        int bare = BareElision(s, i);
        if (bare > 0) return bare;
        if (s[i] != '[' && s[i] != '(') return 0;
        char close = s[i] == '[' ? ']' : ')';
        int j = SkipSpaces(s, i + 1);
        int inner = j < s.Length ? BareElision(s, j) : 0;
        if (inner == 0) return 0;
        j = SkipSpaces(s, j + inner);
        return j < s.Length && s[j] == close ? j + 1 - i : 0;
    }

    /// <summary>Length of <c>…</c> (and any dots after it) or of three or more dots spaced or not, at <paramref name="i"/>; or 0.</summary>
    private static int BareElision(string s, int i)
    {
        if (s[i] == '\u2026')
        {
            int n = i + 1;
            while (n < s.Length && s[n] == '.') n++;
            return n - i;
        }
        if (s[i] != '.') return 0;
        int dots = 0, end = i, k = i;
        while (k < s.Length && s[k] == '.')
        {
            dots++;
            end = k + 1;
            k = SkipSpaces(s, k + 1);
        }
        return dots >= 3 ? end - i : 0;
    }

    /// <summary>Length of a <c>[sic]</c> marker at <paramref name="i"/> (also <c>[sic!]</c>, any case, emphasis or spaces inside), or 0: it stands for nothing.</summary>
    public static int SicLength(string s, int i)
    {
        if (s[i] != '[') return 0;
        int j = SkipSpaces(s, i + 1);
        while (j < s.Length && (s[j] == '*' || s[j] == '_')) j++;
        if (j + 3 > s.Length || string.Compare(s, j, "sic", 0, 3, System.StringComparison.OrdinalIgnoreCase) != 0) return 0;
        j += 3;
        while (j < s.Length && (s[j] == '*' || s[j] == '_' || s[j] == '!' || s[j] == '.' || s[j] == ' ' || s[j] == '\u00A0')) j++;
        return j < s.Length && s[j] == ']' ? j + 1 - i : 0;
    }

    private static int SkipSpaces(string s, int j)
    {
        while (j < s.Length && (s[j] == ' ' || s[j] == '\u00A0' || s[j] == '\u202F' || s[j] == '\u2009')) j++;
        return j;
    }

    private static MappedText Unwrap(MappedText text)
    {
        // Quote marks that wrap an inline quotation ("gently") are not part of it.
        string s = text.Text;
        int a = 0, b = s.Length;
        while (a < b && char.IsWhiteSpace(s[a])) a++;
        while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
        if (QuotationMarks.TryUnwrap(s, a, b, out int inner, out int innerEnd))
        {
            a = inner;
            b = innerEnd;
        }
        return a == 0 && b == s.Length ? text : text.Slice(a, b - a);
    }
}
