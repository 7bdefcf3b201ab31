using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Finds a quotation verbatim (within the tolerances) in one transcript: each segment inside one turn of
/// the wanted kind, segments in order, each starting within <see cref="MaxDistance"/> words of the end of
/// the one before.
/// </summary>
internal static class ExactMatcher
{
    /// <summary>Words allowed between the end of one segment and the start of the next.</summary>
    public const int MaxDistance = 400;

    /// <summary>The matched segments in order, or null.</summary>
    public static SegmentMatch[]? FindQuotation(TranscriptIndex index, IReadOnlyList<SegmentPattern> segments, bool interviewer)
    {
        var result = new SegmentMatch[segments.Count];
        return Chain(index, segments, 0, 0, int.MaxValue, interviewer, result) ? result : null;
    }

    private static bool Chain(TranscriptIndex index, IReadOnlyList<SegmentPattern> segments, int k, int fromToken, int maxStart, bool interviewer, SegmentMatch[] result)
    {
        if (k == segments.Count) return true;
        int from = fromToken;
        while (true)
        {
            var match = FindSegment(index, segments[k], from, maxStart, interviewer);
            if (match is null) return false;
            result[k] = match.Value;
            long limit = (long)match.Value.Last + 1 + MaxDistance;
            if (Chain(index, segments, k + 1, match.Value.Last + 1, (int)Math.Min(int.MaxValue, limit), interviewer, result)) return true;
            from = match.Value.First + 1;
        }
    }

    /// <summary>The earliest match of a segment starting at a token in [fromToken, maxStartToken], in a turn of the wanted kind.</summary>
    public static SegmentMatch? FindSegment(TranscriptIndex index, SegmentPattern segment, int fromToken, int maxStartToken, bool interviewer)
    {
        if (fromToken >= index.TokenCount) return null;
        string text = index.Text;
        string first = segment.Runs[0];
        string core = first.Substring(1);
        int offset = index.TokenStarts[fromToken];
        bool lastRunIsFirst = segment.Runs.Length == 1;
        while (offset < text.Length)
        {
            int start;
            if (core.Length > 0)
            {
                int hit = text.IndexOf(core, offset + 1, StringComparison.Ordinal);
                if (hit < 0) return null;
                start = hit - 1;
                offset = hit;
            }
            else
            {
                start = NextTokenLetter(text, offset, first[0]);
                if (start < 0) return null;
                offset = start + 1;
            }
            if (!SameLetter(text[start], first[0]) || !StartsToken(text, start)) continue;
            int token = index.TokenAt(start);
            if (token < fromToken) continue;
            if (token > maxStartToken) return null;
            int turn = index.TokenTurns[token];
            if (index.TurnIsInterviewer[turn] != interviewer) continue;
            int end = start + first.Length;
            if (!EndsRun(text, end, lastRunIsFirst)) continue;
            int last = MatchRest(index, segment, 1, index.TokenAt(end - 1), turn);
            if (last >= 0) return new SegmentMatch(token, last);
        }
        return null;
    }

    /// <summary>Matches runs[k…] after token <paramref name="previous"/>; returns the last token, or -1.</summary>
    private static int MatchRest(TranscriptIndex index, SegmentPattern segment, int k, int previous, int turn)
    {
        if (k == segment.Runs.Length) return previous;
        string run = segment.Runs[k];
        bool isLast = k == segment.Runs.Length - 1;
        // Punctuation right after an insertion ("[a colleague], and") belongs to the last word it replaces.
        int lead = 0;
        while (lead < run.Length && TextNormalizer.IsPunctuation(run[lead])) lead++;
        if (lead > 0 && lead < run.Length && run[lead] == ' ')
        {
            string punctuation = run.Substring(0, lead);
            for (int skip = 1; skip <= segment.GapBefore[k]; skip++)
            {
                int replaced = previous + skip;
                if (replaced + 1 >= index.TokenCount || index.TokenTurns[replaced + 1] != turn) break;
                int replacedEnd = index.TokenEnd(replaced);
                if (replacedEnd - lead < index.TokenStarts[replaced] || string.CompareOrdinal(index.Text, replacedEnd - lead, punctuation, 0, lead) != 0) continue;
                int last = MatchRun(index, segment, k, run.Substring(lead + 1), replaced + 1, isLast, turn);
                if (last >= 0) return last;
            }
        }
        for (int skip = 0; skip <= segment.GapBefore[k]; skip++)
        {
            int token = previous + 1 + skip;
            if (token >= index.TokenCount || index.TokenTurns[token] != turn) return -1;
            int last = MatchRun(index, segment, k, run, token, isLast, turn);
            if (last >= 0) return last;
        }
        return -1;
    }

    /// <summary>Matches <paramref name="run"/> at <paramref name="token"/>, then the runs after it.</summary>
    private static int MatchRun(TranscriptIndex index, SegmentPattern segment, int k, string run, int token, bool isLast, int turn)
    {
        {
            int start = index.TokenStarts[token];
            if (start + run.Length > index.Text.Length) return -1;
            if (string.CompareOrdinal(index.Text, start, run, 0, run.Length) != 0) return -1;
            int end = start + run.Length;
            if (!EndsRun(index.Text, end, isLast)) return -1;
            return MatchRest(index, segment, k + 1, index.TokenAt(end - 1), turn);
        }
    }

    private static bool SameLetter(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);

    /// <summary>True when only punctuation stands between the token's start and <paramref name="i"/>.</summary>
    private static bool StartsToken(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && text[j] != ' ' && text[j] != '\n')
        {
            if (!TextNormalizer.IsPunctuation(text[j])) return false;
            j--;
        }
        return true;
    }

    /// <summary>True when a run ending at <paramref name="end"/> ends a token (the segment's last run may be followed by punctuation).</summary>
    private static bool EndsRun(string text, int end, bool allowPunctuation)
    {
        int k = end;
        if (allowPunctuation)
        {
            while (k < text.Length && TextNormalizer.IsPunctuation(text[k])) k++;
        }
        return k == text.Length || text[k] == ' ' || text[k] == '\n';
    }

    private static int NextTokenLetter(string text, int from, char letter)
    {
        char upper = char.ToUpperInvariant(letter), lower = char.ToLowerInvariant(letter);
        for (int i = from; i < text.Length; i++)
        {
            if (text[i] == upper || text[i] == lower) return i;
        }
        return -1;
    }
}
