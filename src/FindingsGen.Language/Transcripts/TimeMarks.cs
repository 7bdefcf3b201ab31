using System;
using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Language.Transcripts;

/// <summary>
/// Time marks and transcriber annotations: what transcription services and transcribers write inside the
/// speech that nobody said. <see cref="Clean"/> replaces each with a space, so none becomes a word.
/// </summary>
/// <remarks>
/// Time marks: <c>[00:12:34]</c>, <c>(00:12:34)</c>, <c>#00:01:02-5#</c> (f4/MAXQDA) and a bare
/// <c>00:12:34</c> anywhere; a bare two-part time (<c>0:03</c>, <c>12:30</c>) only at the start or the end of
/// a line, since "we met at 12:30" in the middle of a sentence is speech. Annotations: anything in square
/// brackets (<c>[laughs]</c>, <c>[inaudible 00:03:10]</c>), and in parentheses only what transcribers write
/// there: pauses (<c>(.)</c>, <c>(4s)</c>), a time, or a note that starts with one of <see cref="AnnotationWords"/>
/// (<c>(pause)</c>, <c>(crosstalk)</c>) — a parenthesis of ordinary words is speech.
/// </remarks>
internal static class TimeMarks
{
    /// <summary>First words of a parenthesised transcriber note (lower case; English and German, as f4 writes them).</summary>
    public static readonly HashSet<string> AnnotationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pause", "pauses", "paused", "long", "short", "laughs", "laugh", "laughing", "laughter", "chuckles", "chuckling", "sighs", "sigh",
        "coughs", "cough", "crosstalk", "cross-talk", "overlapping", "overlap", "inaudible", "unintelligible", "unclear", "incomprehensible",
        "indiscernible", "silence", "crying", "cries", "interruption", "interrupted", "background", "noise", "music", "applause", "phone",
        "laughs.", "unv", "unverständlich", "indistinct", "mhm", "mm", "hm", "hmm", "nods", "nodding", "gestures", "sniffs", "lacht", "lachen", "seufzt", "räuspert", "hustet", "gleichzeitig", "pausiert", "schweigt",
    };

    /// <summary>Longest annotation, in characters: a longer bracket is not one.</summary>
    private const int MaxAnnotation = 80;

    // One vectorised search per character is faster than IndexOfAny over a set, which netstandard2.0 code gets unvectorised.
    private static bool MayHoldMark(string source, int start, int end) =>
        source.IndexOf(':', start, end - start) >= 0 || source.IndexOf('[', start, end - start) >= 0 ||
        source.IndexOf('(', start, end - start) >= 0 || source.IndexOf('#', start, end - start) >= 0;

    /// <summary>
    /// The speech of <c>source[start..end)</c> with time marks and annotations replaced by spaces: the same range
    /// when there are none (no copy), else a new string (<paramref name="cleaned"/>).
    /// </summary>
    public static bool Clean(string source, int start, int end, out string cleaned)
    {
        cleaned = "";
        // Fast path (most lines): every mark holds one of these characters.
        if (end <= start || !MayHoldMark(source, start, end)) return false;

        StringBuilder? builder = null;
        int copied = start;
        int i = start;
        while (i < end)
        {
            int after = MarkAt(source, i, start, end);
            if (after > i)
            {
                builder ??= new StringBuilder(end - start);
                builder.Append(source, copied, i - copied).Append(' ');
                copied = i = after;
                continue;
            }
            i++;
        }
        if (builder is null) return false;
        builder.Append(source, copied, end - copied);
        cleaned = builder.ToString();
        return true;
    }

    /// <summary>True when <c>source[start..end)</c> holds time marks (or a range <c>a --> b</c>) and nothing else.</summary>
    public static bool IsTimeLine(string source, int start, int end)
    {
        bool any = false;
        int i = start;
        while (i < end)
        {
            char c = source[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '-' && i + 2 < end && source[i + 1] == '-' && source[i + 2] == '>') { i += 3; continue; }
            int after = TimeAt(source, i, end, bareTwoPart: true);
            if (after <= i) return false;
            any = true;
            i = after;
        }
        return any;
    }

    /// <summary>The end of a time mark or annotation at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int MarkAt(string s, int i, int lineStart, int end)
    {
        char c = s[i];
        if (c == '[' || c == '(')
        {
            // An annotation is short: the search for its end is bounded, so a line of many brackets stays linear.
            int limit = Math.Min(end - i - 1, MaxAnnotation);
            int close = s.IndexOf(c == '[' ? ']' : ')', i + 1, limit);
            if (close < 0 || s.IndexOf(c, i + 1, close - i - 1) >= 0) return i;
            return c == '[' || IsAnnotation(s, i + 1, close) ? close + 1 : i;
        }
        if (c == '#')
        {
            // f4/MAXQDA: #00:01:02-5#
            int after = TimeAt(s, i + 1, end, bareTwoPart: true);
            if (after <= i + 1) return i;
            if (after < end && s[after] == '-')
            {
                after++;
                while (after < end && char.IsDigit(s[after])) after++;
            }
            return after < end && s[after] == '#' ? after + 1 : i;
        }
        if (char.IsDigit(c) && (i == lineStart || !char.IsLetterOrDigit(s[i - 1])))
        {
            int after = TimeAt(s, i, end, bareTwoPart: true);
            if (after <= i) return i;
            if (Colons(s, i, after) >= 2) return after;
            // A two-part time is a mark only where nothing but space stands between it and the line's start or end.
            bool atStart = IsBlank(s, lineStart, i), atEnd = IsBlank(s, after, end);
            return atStart || atEnd ? after : i;
        }
        return i;
    }

    private static int Colons(string s, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++) if (s[i] == ':') n++;
        return n;
    }

    private static bool IsBlank(string s, int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(s[i])) return false;
        return true;
    }

    /// <summary>
    /// The end of a time at <paramref name="i"/> (<c>h:mm</c>, <c>hh:mm:ss</c>, with an optional <c>.fff</c> or <c>,fff</c>,
    /// or any of them in square brackets or parentheses), or <paramref name="i"/>.
    /// </summary>
    internal static int TimeAt(string s, int i, int end, bool bareTwoPart)
    {
        if (i >= end) return i;
        char open = s[i];
        if (open == '[' || open == '(')
        {
            // One bracket around a bare time, never brackets in brackets: "((((…" must not recurse once per bracket.
            if (i + 1 >= end || !char.IsDigit(s[i + 1])) return i;
            int inner = TimeAt(s, i + 1, end, true);
            char close = open == '[' ? ']' : ')';
            return inner > i + 1 && inner < end && s[inner] == close ? inner + 1 : i;
        }
        int j = i, groups = 0;
        while (groups < 3)
        {
            int digits = 0;
            while (j < end && char.IsDigit(s[j]) && digits < 2) { j++; digits++; }
            if (digits == 0 || (j < end && char.IsDigit(s[j]))) return i; // no digit, or three in a row: not a time
            groups++;
            if (groups < 3 && j + 1 < end && s[j] == ':' && char.IsDigit(s[j + 1])) { j++; continue; }
            break;
        }
        if (groups < 2 || (groups == 2 && !bareTwoPart)) return i;
        if (j + 1 < end && (s[j] == '.' || s[j] == ',') && char.IsDigit(s[j + 1]))
        {
            j++;
            while (j < end && char.IsDigit(s[j])) j++;
        }
        // "12:30pm" or "1:2:3abc" is not a time mark.
        if (j < end && char.IsLetterOrDigit(s[j])) return i;
        return j;
    }

    /// <summary>A pause written as seconds: "4 sec.", "2,5 Sek.", "3 seconds".</summary>
    private static bool IsSeconds(string inner)
    {
        int i = 0;
        while (i < inner.Length && (char.IsDigit(inner[i]) || ((inner[i] == '.' || inner[i] == ',') && i > 0))) i++;
        if (i == 0) return false;
        string unit = inner.Substring(i).Trim().TrimEnd('.');
        return unit is "s" or "sec" or "secs" or "second" or "seconds" or "Sek" or "sek" or "Sekunden" or "Sekunde";
    }

    private static bool IsAnnotation(string s, int from, int to)
    {
        string inner = s.Substring(from, to - from).Trim();
        if (inner.Length == 0) return false;
        bool dots = true, pause = true;
        foreach (char ch in inner)
        {
            dots &= ch == '.' || ch == '…';
            pause &= char.IsDigit(ch) || ch == 's' || ch == '.' || ch == ',' || ch == ' ';
        }
        if (dots || (pause && char.IsDigit(inner[0]))) return true;
        if (IsSeconds(inner)) return true;
        if (TimeAt(inner, 0, inner.Length, true) > 0) return true;
        int space = inner.IndexOfAny(new[] { ' ', ',', ':' });
        string first = space < 0 ? inner : inner.Substring(0, space);
        return AnnotationWords.Contains(first.TrimEnd('.'));
    }
}
