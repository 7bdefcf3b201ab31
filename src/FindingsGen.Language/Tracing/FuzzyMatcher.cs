using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// On failure only: the closest passage to a segment within a participant's own turns, by word-level
/// edit distance with free start and end (semi-global alignment), turn by turn. It reports which words
/// of the quotation differ, never the transcript's words.
/// </summary>
internal static class FuzzyMatcher
{
    public sealed class Result
    {
        public int Cost { get; set; } = int.MaxValue;
        public int FirstToken { get; set; } = -1;
        public List<int> DifferingWords { get; } = new();
        public int OmittedWords { get; set; }
    }

    /// <summary>The closest passage to <paramref name="segment"/> in the wanted turns (<c>turns[t]</c> true).</summary>
    public static Result Best(TranscriptIndex index, SegmentPattern segment, bool[] turns)
    {
        var best = new Result();
        var words = segment.Words;
        int count = turns.Length;
        for (int turn = 0; turn < count; turn++)
        {
            if (!turns[turn]) continue;
            int first = index.TurnFirstToken[turn];
            int end = turn + 1 < count ? index.TurnFirstToken[turn + 1] : index.TokenCount;
            if (end <= first) continue;
            Align(index, words, first, end, best);
            if (best.Cost == 0) break;
        }
        return best;
    }

    private static void Align(TranscriptIndex index, string[] words, int first, int end, Result best)
    {
        int n = words.Length, m = end - first;
        var tokens = new string[m];
        for (int j = 0; j < m; j++)
        {
            int t = first + j;
            tokens[j] = new string(index.Chars, index.TokenStarts[t], index.TokenEnd(t) - index.TokenStarts[t]);
        }
        var d = new int[n + 1, m + 1];
        for (int i = 1; i <= n; i++) d[i, 0] = i;
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                int cost = Same(words[i - 1], tokens[j - 1], i == 1, i == n) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }
        int bestJ = 0;
        for (int j = 1; j <= m; j++)
        {
            if (d[n, j] <= d[n, bestJ]) bestJ = j; // on a tie the later end: a dropped word then reads as dropped, not as a changed one
        }
        if (d[n, bestJ] >= best.Cost) return;

        best.Cost = d[n, bestJ];
        best.DifferingWords.Clear();
        best.OmittedWords = 0;
        int a = n, b = bestJ;
        while (a > 0)
        {
            if (b > 0 && d[a, b] == d[a - 1, b - 1] + (Same(words[a - 1], tokens[b - 1], a == 1, a == n) ? 0 : 1))
            {
                if (d[a, b] != d[a - 1, b - 1]) best.DifferingWords.Add(a - 1);
                a--;
                b--;
            }
            else if (d[a, b] == d[a - 1, b] + 1)
            {
                best.DifferingWords.Add(a - 1);
                a--;
            }
            else
            {
                best.OmittedWords++;
                b--;
            }
        }
        best.DifferingWords.Reverse();
        best.FirstToken = first + Math.Max(0, b);
    }

    private static bool Same(string word, string token, bool isFirst, bool isLast)
    {
        if (isFirst)
        {
            word = TextNormalizer.TrimPunctuation(word, start: true, end: false);
            token = TextNormalizer.TrimPunctuation(token, start: true, end: false);
            if (word.Length > 0 && token.Length > 0 && char.ToUpperInvariant(word[0]) == char.ToUpperInvariant(token[0]))
            {
                word = word.Substring(1);
                token = token.Substring(1);
            }
        }
        if (isLast)
        {
            word = TextNormalizer.TrimPunctuation(word, start: false, end: true);
            token = TextNormalizer.TrimPunctuation(token, start: false, end: true);
        }
        return string.Equals(word, token, StringComparison.Ordinal);
    }
}
