using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Finds a quotation verbatim (within the tolerances) in one transcript: each segment inside one of the
/// wanted turns (<c>turns[t]</c> true), segments in order, each starting within <see cref="MaxDistance"/> words of the end of
/// the one before.
/// </summary>
internal static class ExactMatcher
{
    /// <summary>Words allowed between the end of one segment and the start of the next.</summary>
    public const int MaxDistance = 400;

    /// <summary>The matched segments in order, or null.</summary>
    public static SegmentMatch[]? FindQuotation(TranscriptIndex index, IReadOnlyList<SegmentPattern> segments, bool[] turns)
    {
        var result = new SegmentMatch[segments.Count];
        var failed = new FailedStarts(segments.Count);
        return Chain(index, segments, 0, 0, int.MaxValue, turns, result, failed) ? result : null;
    }

    /// <summary>
    /// Starts already known to fail, per segment. Whether segment k placed at a start leads to a whole quotation does not
    /// depend on how the search got there, so a start that failed once fails every time: remembering them keeps the
    /// search polynomial (without it, "a ... a ... a ... a ... a ... b" against a turn of many a's took time exponential
    /// in the elisions), and remembering the last failed range of starts keeps it near linear in the transcript.
    /// </summary>
    private sealed class FailedStarts
    {
        private readonly int[] from, to;

        public FailedStarts(int segments)
        {
            from = new int[segments];
            to = new int[segments];
            for (int k = 0; k < segments; k++) (from[k], to[k]) = (-1, -2);
        }

        /// <summary>Where to look next for segment k at or after <paramref name="start"/>: past a range known to fail.</summary>
        public int Skip(int k, int start) => start >= from[k] && start <= to[k] ? to[k] + 1 : start;

        /// <summary>Every start of segment k in [first, last] fails.</summary>
        public void Add(int k, int first, int last)
        {
            // Ranges found one after another overlap or touch: keep their union; otherwise the newest.
            if (first <= to[k] + 1 && last >= from[k] - 1 && from[k] >= 0) (from[k], to[k]) = (Math.Min(first, from[k]), Math.Max(last, to[k]));
            else (from[k], to[k]) = (first, last);
        }
    }

    private static bool Chain(TranscriptIndex index, IReadOnlyList<SegmentPattern> segments, int k, int fromToken, int maxStart, bool[] turns, SegmentMatch[] result, FailedStarts failed)
    {
        if (k == segments.Count) return true;
        int from = fromToken;
        while (true)
        {
            if (k > 0) from = failed.Skip(k, from);
            if (from > maxStart) break;
            var match = FindSegment(index, segments[k], from, maxStart, turns);
            if (match is null) break;
            result[k] = match.Value;
            long limit = (long)match.Value.Last + 1 + MaxDistance;
            if (Chain(index, segments, k + 1, match.Value.Last + 1, (int)Math.Min(int.MaxValue, limit), turns, result, failed)) return true;
            from = match.Value.First + 1;
        }
        if (k > 0) failed.Add(k, fromToken, maxStart);
        return false;
    }

    /// <summary>The earliest match of a segment starting at a token in [fromToken, maxStartToken], in one of the wanted turns.</summary>
    public static SegmentMatch? FindSegment(TranscriptIndex index, SegmentPattern segment, int fromToken, int maxStartToken, bool[] turns)
    {
        if (fromToken >= index.TokenCount) return null;
        byte[] text = index.Bytes;
        int textLength = index.Length;
        byte[] core = segment.FirstCore;
        int offset = index.TokenStarts[fromToken];
        // For a one-letter first run: the next place of its upper- and its lower-case form, each found again only once passed.
        int nextUpper = -2, nextLower = -2;
        while (offset < textLength)
        {
            int start, coreStart, letter;
            if (core.Length > 0)
            {
                // Searched by what follows the first letter (a vectorised search), the letter then read before it.
                if (offset + 1 >= textLength) return null;
                int hit = index.Span(offset + 1, textLength - offset - 1).IndexOf(core);
                if (hit < 0) return null;
                hit += offset + 1;
                offset = hit;
                start = Utf8.StartBefore(text, hit, out letter);
                coreStart = hit;
            }
            else
            {
                if (nextUpper != -1 && nextUpper < offset) nextUpper = IndexFrom(index, offset, segment.FirstUpper);
                if (nextLower != -1 && nextLower < offset) nextLower = IndexFrom(index, offset, segment.FirstLower);
                start = nextUpper < 0 ? nextLower : nextLower < 0 ? nextUpper : Math.Min(nextUpper, nextLower);
                if (start < 0) return null;
                letter = Utf8.Decode(text, start, out int letterLength);
                coreStart = start + letterLength;
                offset = start + 1;
            }
            if (!segment.FirstLetterMatches(letter) || !StartsToken(text, start)) continue;
            int token = index.TokenAt(start);
            if (token < fromToken) continue;
            if (token > maxStartToken) return null;
            int turn = index.TurnOf(token);
            if (!turns[turn]) continue;
            int end = coreStart + core.Length;
            if (!EndsWord(text, textLength, end)) continue;
            int last = MatchRest(index, segment, 1, index.TokenAt(end - 1), turn);
            if (last >= 0) return new SegmentMatch(token, last);
        }
        return null;
    }

    /// <summary>Where <paramref name="bytes"/> next occur at or after <paramref name="from"/>, or -1.</summary>
    private static int IndexFrom(TranscriptIndex index, int from, byte[] bytes)
    {
        if (from >= index.Length) return -1;
        int hit = index.Span(from, index.Length - from).IndexOf(bytes);
        return hit < 0 ? -1 : hit + from;
    }

    /// <summary>Matches runs[k…] after token <paramref name="previous"/>; returns the last token, or -1.</summary>
    private static int MatchRest(TranscriptIndex index, SegmentPattern segment, int k, int previous, int turn)
    {
        if (k == segment.Runs.Length) return previous;
        byte[] run = segment.RunBytes[k];
        for (int skip = 0; skip <= segment.GapBefore[k]; skip++)
        {
            int token = previous + 1 + skip;
            if (token >= index.TokenCount || index.TurnOf(token) != turn) return -1;
            int start = index.TokenStarts[token];
            if (start + run.Length > index.Length) return -1;
            if (!index.Span(start, run.Length).SequenceEqual(run)) continue;
            int end = start + run.Length;
            if (!EndsWord(index.Bytes, index.Length, end)) continue;
            int last = MatchRest(index, segment, k + 1, index.TokenAt(end - 1), turn);
            if (last >= 0) return last;
        }
        return -1;
    }

    /// <summary>True when <paramref name="i"/> is where a word begins (the index holds only words, spaces and newlines).</summary>
    private static bool StartsToken(byte[] text, int i) => i == 0 || text[i - 1] == (byte)' ' || text[i - 1] == (byte)'\n';

    /// <summary>True when <paramref name="end"/> is where a word ends.</summary>
    private static bool EndsWord(byte[] text, int length, int end) => end == length || text[end] == (byte)' ' || text[end] == (byte)'\n';
}
