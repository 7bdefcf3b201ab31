using System.Collections.Generic;
using System.Globalization;

namespace FindingsGen.Language.Text;

/// <summary>
/// The quote-mark conventions of the languages researchers write in, as one table of opening and closing marks, and
/// the one way of finding a phrase in quote marks: FG0007 finds quoted phrases in prose with it, and an inline
/// quotation's wrapping marks are recognised with it. An apostrophe inside a word (don't, therapists’ views) is never
/// a quote mark.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>Every opening mark with the closing marks that end it.</summary>
    private static readonly (char Open, string Close)[] Pairs =
    {
        ('\u201C', "\u201D"),       // “…”  English (US), and the usual typographic double marks
        ('"', "\""),                // "…"  typed
        ('\u2018', "\u2019"),       // ‘…’  English (UK)
        ('\'', "'"),                // '…'  typed
        ('\u00AB', "\u00BB"),       // «…»  French, Italian, Spanish, Norwegian, Russian
        ('\u00BB', "\u00AB"),       // »…«  German, Danish
        ('\u201E', "\u201C\u201D"), // „…“  German, Czech; „…” Polish, Dutch, Hungarian
        ('\u201A', "\u2018\u2019"), // ‚…‘  German (single); ‚…’
        ('\u2039', "\u203A"),       // ‹…›  French and Swiss (single)
        ('\u203A', "\u2039"),       // ›…‹  German (single)
        ('\u201D', "\u201D"),       // ”…”  Swedish, Finnish
        ('\u2019', "\u2019"),       // ’…’  Swedish, Finnish (single)
        ('\u300C', "\u300D"),       // 「…」 Japanese, Chinese
        ('\u300E', "\u300F"),       // 『…』 Japanese, Chinese (nested)
    };

    /// <summary>
    /// A phrase in quote marks: <see cref="Start"/>–<see cref="End"/> spans the marks, <see cref="InnerStart"/>–<see cref="InnerEnd"/>
    /// the words between them without the spaces next to the marks.
    /// </summary>
    public readonly struct Phrase
    {
        internal Phrase(int start, int end, int innerStart, int innerEnd)
        {
            Start = start;
            End = end;
            InnerStart = innerStart;
            InnerEnd = innerEnd;
        }

        /// <summary>Index of the opening mark.</summary>
        public int Start { get; }
        /// <summary>Index just past the closing mark.</summary>
        public int End { get; }
        /// <summary>Index of the first character inside the marks that is not a space.</summary>
        public int InnerStart { get; }
        /// <summary>Index just past the last character inside the marks that is not a space.</summary>
        public int InnerEnd { get; }
    }

    /// <summary>
    /// The phrases in quote marks in <paramref name="text"/>, in order, each phrase before those nested in it
    /// (“she called it ‘x y’” gives both). A phrase is at most <paramref name="maxLength"/> characters long.
    /// Where a closing single mark could also be a plural possessive (<c>'the participants' own words'</c>), both
    /// readings are given, the shorter first.
    /// </summary>
    public static List<Phrase> Find(string text, int maxLength)
    {
        var found = new List<Phrase>();
        Scan(text, 0, text.Length, maxLength, found);
        return found;
    }

    /// <summary>
    /// True when <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) is one phrase wrapped in a
    /// pair of quote marks ("gently", « doucement », „sanft“), with <paramref name="innerStart"/>–<paramref name="innerEnd"/>
    /// what the marks wrap. <c>"a" and "b"</c> is not one phrase.
    /// </summary>
    public static bool TryUnwrap(string text, int start, int end, out int innerStart, out int innerEnd)
    {
        innerStart = start;
        innerEnd = end;
        string? closers = end - start >= 2 ? CloseOf(text[start]) : null;
        // The span's own ends delimit it, so the marks there need no context (" gently " is wrapped too); but no mark
        // inside may close the first one ("a" and "b"), unless it reads as a plural possessive.
        if (closers is null || closers.IndexOf(text[end - 1]) < 0) return false;
        int inside = FindClose(text, start, closers, start + 1, end - 1, end);
        while (inside >= 0 && MayBePossessive(text, inside, end)) inside = FindClose(text, start, closers, inside + 1, end - 1, end);
        if (inside >= 0) return false;
        int close = end - 1;
        var phrase = Make(text, start, close);
        innerStart = phrase.InnerStart;
        innerEnd = phrase.InnerEnd;
        return true;
    }

    /// <summary>Quotations inside quotations inside quotations are as deep as prose goes; deeper marks are not searched.</summary>
    private const int MaxDepth = 3;

    private static void Scan(string text, int from, int to, int maxLength, List<Phrase> found, int depth = 0)
    {
        // For each opening mark, where the last fruitless search for its closing mark ended: no later opening mark of the
        // same kind searches that stretch again, so a paragraph of marks that never close is read in linear time.
        var searched = new Dictionary<char, int>();
        int i = from;
        while (i < to)
        {
            char c = text[i];
            string? closers = CloseOf(c);
            if (closers is null || !CanOpen(text, i, from, to))
            {
                i++;
                continue;
            }
            int limit = System.Math.Min(to, i + maxLength);
            int begin = searched.TryGetValue(c, out int until) ? System.Math.Max(i + 1, until) : i + 1;
            int close = FindClose(text, i, closers, begin, limit, to);
            if (close < 0)
            {
                searched[c] = limit;
                i++;
                continue;
            }
            found.Add(Make(text, i, close));
            // 'the participants' own words': the first closing mark may be a plural possessive; offer the longer reading too.
            if (MayBePossessive(text, close, to))
            {
                int longer = FindClose(text, i, closers, close + 1, limit, to);
                if (longer >= 0) found.Add(Make(text, i, longer));
            }
            if (depth < MaxDepth) Scan(text, i + 1, close, maxLength, found, depth + 1);
            i = close + 1;
        }
    }

    private static Phrase Make(string text, int open, int close)
    {
        int a = open + 1, b = close;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return new Phrase(open, close + 1, a, b);
    }

    private static int FindClose(string text, int open, string closers, int from, int limit, int to)
    {
        for (int j = from; j < limit; j++)
        {
            if (closers.IndexOf(text[j]) >= 0 && CanClose(text, open, j, to)) return j;
        }
        return -1;
    }

    private static string? CloseOf(char c)
    {
        foreach (var (open, close) in Pairs)
        {
            if (open == c) return close;
        }
        return null;
    }

    /// <summary>Marks that are also apostrophes, or are the same mark at both ends: their context decides.</summary>
    private static bool IsAmbiguous(char c) => c is '"' or '\'' or '\u2019' or '\u2018' or '\u201D' or '\u201A';

    private static bool IsCjk(char c) => c is '\u300C' or '\u300E';

    private static bool CanOpen(string text, int i, int from, int to)
    {
        char c = text[i];
        if (i + 1 >= to) return false;
        // A mark after a letter is an apostrophe (don't, therapists') or a closing mark, never an opening one.
        if (!IsCjk(c) && i > from && IsWordChar(text[i - 1])) return false;
        // A typed or symmetric mark opens only what follows it directly (or after a no-break space, as in French).
        if (IsAmbiguous(c) && IsBreakingSpace(text[i + 1])) return false;
        // An apostrophe before a digit shortens a year (the ’90s), it does not open a quotation.
        if (c is '\'' or '\u2019' && char.IsDigit(text[i + 1])) return false;
        return true;
    }

    private static bool CanClose(string text, int open, int j, int to)
    {
        char c = text[j];
        if (IsAmbiguous(c) || IsAmbiguous(text[open]))
        {
            // An apostrophe inside a word (don't, it’s) does not close; nor does a mark with a plain space before it.
            if (j + 1 < to && IsWordChar(text[j + 1])) return false;
            if (IsBreakingSpace(text[j - 1])) return false;
        }
        return j > open + 1;
    }

    private static bool MayBePossessive(string text, int close, int to) =>
        text[close] is '\'' or '\u2019' && close > 0 && text[close - 1] is 's' or 'S' or 'z'
        && close + 2 < to && char.IsWhiteSpace(text[close + 1]) && IsWordChar(text[close + 2]);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>A space that may break a line; no-break, narrow no-break and figure spaces are typography, not a gap.</summary>
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');
}
