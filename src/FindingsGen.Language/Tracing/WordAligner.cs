using System;
using System.Collections.Generic;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// On failure of the exact search only: the closest passage to a segment within the wanted turns, by a minimum-edit word
/// alignment with free start and end (semi-global), where what LANGUAGE.md tolerates costs nothing: an insertion's
/// transcript words, declared fillers, and (when declared) a repeated word or phrase said again. Memory is bounded: the
/// search keeps only the last few columns of the table (one per transcript word), and only the winning passage is
/// aligned again in full to say which words differ.
/// </summary>
internal static class WordAligner
{
    /// <summary>The longest repeated phrase ("I was, I was") that declared repetitions let a quotation give once.</summary>
    public const int MaxRepetition = 4;

    /// <summary>Beyond this many cells the winning passage is not traced word by word (only its cost is reported).</summary>
    private const long DetailCells = 4_000_000;

    private const byte Match = 1, Changed = 2, LeftOut = 3, Added = 4, Free = 5;

    /// <summary>The declared editing, as word numbers of one transcript.</summary>
    internal sealed class Editing
    {
        public static readonly Editing None = new(Array.Empty<int[]>(), false);

        public Editing(int[][] fillers, bool repetitions)
        {
            Fillers = fillers;
            Repetitions = repetitions;
            foreach (var f in fillers) MaxJump = Math.Max(MaxJump, f.Length);
            if (repetitions) MaxJump = Math.Max(MaxJump, MaxRepetition);
        }

        public int[][] Fillers { get; }
        public bool Repetitions { get; }
        public int MaxJump { get; }
        public bool Any => Fillers.Length > 0 || Repetitions;

        /// <summary>The declared editing for <paramref name="index"/> (a filler with a word the transcript never uses cannot occur there).</summary>
        public static Editing Of(TranscriptIndex index, EditingSettings? settings)
        {
            if (settings is null || !settings.DeclaresAny) return None;
            var ids = index.Ids;
            var fillers = new List<int[]>();
            foreach (var filler in settings.Fillers)
            {
                var words = WordTokenizer.MatchWords(filler);
                if (words.Count == 0) continue;
                var phrase = new int[words.Count];
                bool present = true;
                for (int i = 0; i < phrase.Length && present; i++) present = (phrase[i] = ids.FoldedOf(words[i])) >= 0;
                if (present) fillers.Add(phrase);
            }
            return new Editing(fillers.ToArray(), settings.Repetitions);
        }
    }

    private sealed class Column
    {
        public Column(int n, bool detailed)
        {
            Cost = new int[n + 1];
            Start = new int[n + 1];
            ViaGap = new bool[n + 1];
            if (detailed)
            {
                Choice = new byte[n + 1];
                Skip = new byte[n + 1];
            }
        }

        public readonly int[] Cost;
        public readonly int[] Start;
        public readonly bool[] ViaGap;
        public readonly byte[]? Choice;
        public readonly byte[]? Skip;
    }

    /// <summary>
    /// The closest passage to <paramref name="segment"/> in the wanted turns, within tokens [<paramref name="from"/>,
    /// <paramref name="to"/>). On a tie the earlier turn wins, and within a turn the later end (a dropped word then reads
    /// as dropped, not as a changed one). FirstToken is -1 when no wanted turn holds any of its words.
    /// </summary>
    public static WordAlignment Best(TranscriptIndex index, SegmentPattern segment, bool[] turns, Editing editing, int from = 0, int to = int.MaxValue)
    {
        var ids = index.Ids;
        var words = segment.Words;
        int n = words.Length;
        var exact = new int[n];
        for (int i = 0; i < n; i++) exact[i] = ids.ExactOf(words[i]);
        int firstFolded = ids.FoldedOf(words[0]);
        var wanted = new HashSet<int>();
        foreach (var w in words)
        {
            int id = ids.FoldedOf(w);
            if (id >= 0) wanted.Add(id);
        }
        int maxGap = 0;
        foreach (int g in segment.WordGaps) maxGap = Math.Max(maxGap, g);
        int ring = Math.Max(1, Math.Max(editing.MaxJump, maxGap)) + 1; // the column before and any column a free skip reaches back to
        var columns = new Column[ring];
        for (int k = 0; k < ring; k++) columns[k] = new Column(n, false);

        int bestCost = int.MaxValue, bestStart = -1, bestEnd = -1;
        int count = turns.Length;
        for (int turn = 0; turn < count && wanted.Count > 0; turn++)
        {
            if (!turns[turn]) continue;
            int a = Math.Max(from, index.TurnFirstToken[turn]);
            int b = Math.Min(to, turn + 1 < count ? index.TurnFirstToken[turn + 1] : index.TokenCount);
            if (b <= a || !AnyOf(ids.Folded, a, b, wanted)) continue;
            int turnCost = int.MaxValue, turnStart = -1, turnEnd = -1;
            Run(index, segment, exact, firstFolded, editing, a, b, columns, ring, (j, column) =>
            {
                if (column.Cost[n] <= turnCost)
                {
                    turnCost = column.Cost[n];
                    turnStart = column.Start[n];
                    turnEnd = j;
                }
            });
            if (turnCost < bestCost)
            {
                (bestCost, bestStart, bestEnd) = (turnCost, turnStart, turnEnd);
                if (bestCost == 0) break;
            }
        }

        var result = new WordAlignment();
        if (bestStart < 0)
        {
            result.Cost = n;
            result.Differences.Add(new WordDifference(false, 0, n)); // none of its words is in these turns
            return result;
        }
        result.Cost = bestCost;
        result.FirstToken = bestStart;
        result.LastToken = bestEnd - 1;
        int width = bestEnd - bestStart + 1;
        if ((long)width * (n + 1) > DetailCells)
        {
            result.Detailed = false;
            result.Matched = Math.Max(0, n - bestCost);
            return result;
        }
        var full = new Column[width];
        for (int k = 0; k < width; k++) full[k] = new Column(n, true);
        Run(index, segment, exact, firstFolded, editing, bestStart, bestEnd, full, width, (_, _) => { });
        Trace(full, bestStart, bestEnd, n, result);
        return result;
    }

    private static bool AnyOf(int[] folded, int a, int b, HashSet<int> wanted)
    {
        for (int t = a; t < b; t++)
        {
            if (wanted.Contains(folded[t])) return true;
        }
        return false;
    }

    /// <summary>Fills columns a..b (column j: tokens [a, j) seen), keeping the last <paramref name="ring"/>; <paramref name="done"/> sees each.</summary>
    private static void Run(TranscriptIndex index, SegmentPattern segment, int[] exact, int firstFolded, Editing editing, int a, int b,
        Column[] columns, int ring, Action<int, Column> done)
    {
        var ids = index.Ids;
        int n = exact.Length;
        var gaps = segment.WordGaps;
        var first = columns[0];
        for (int i = 0; i <= n; i++)
        {
            first.Cost[i] = i;
            first.Start[i] = a;
            first.ViaGap[i] = false;
            if (first.Choice is not null) first.Choice[i] = Added;
        }
        done(a, first);
        var jumps = new List<int>();
        for (int j = a + 1; j <= b; j++)
        {
            int t = j - 1;
            var previous = columns[(j - 1 - a) % ring];
            var current = columns[(j - a) % ring];
            FreeJumps(index, ids, editing, a, j, jumps);
            current.Cost[0] = 0;
            current.Start[0] = j;
            current.ViaGap[0] = false;
            for (int i = 1; i <= n; i++)
            {
                bool same = i == 1 ? ids.Folded[t] == firstFolded : ids.Exact[t] == exact[i - 1];
                int cost = previous.Cost[i - 1] + (same ? 0 : 1), start = previous.Start[i - 1];
                byte choice = same ? Match : Changed, skip = 1;
                bool viaGap = false;
                // On a tie, a transcript word left out is the better reading than a quotation word changed: the message
                // then never blames a quotation word that is in the transcript.
                if (previous.Cost[i] + 1 < cost || (previous.Cost[i] + 1 == cost && choice == Changed))
                {
                    (cost, start, choice) = (previous.Cost[i] + 1, previous.Start[i], LeftOut);
                }
                if (current.Cost[i - 1] + 1 < cost)
                {
                    (cost, start, choice) = (current.Cost[i - 1] + 1, current.Start[i - 1], Added);
                }
                if (i < n)
                {
                    foreach (int length in jumps)
                    {
                        var back = columns[(j - length - a) % ring];
                        if (back.Cost[i] < cost) (cost, start, choice, skip) = (back.Cost[i], back.Start[i], Free, (byte)length);
                    }
                    int gap = Math.Min(gaps[i], j - a);
                    for (int s = 1; s <= gap; s++)
                    {
                        // An insertion stands for up to its words in one place: a skip may not continue another.
                        var back = columns[(j - s - a) % ring];
                        if (!back.ViaGap[i] && back.Cost[i] < cost)
                        {
                            (cost, start, choice, skip) = (back.Cost[i], back.Start[i], Free, (byte)s);
                            viaGap = true;
                        }
                    }
                }
                current.Cost[i] = cost;
                current.Start[i] = start;
                current.ViaGap[i] = viaGap;
                if (current.Choice is not null)
                {
                    current.Choice[i] = choice;
                    current.Skip![i] = skip;
                }
            }
            done(j, current);
        }
    }

    /// <summary>Lengths L such that the tokens [j - L, j) may be left out for free: a declared filler, or (declared) a repetition.</summary>
    private static void FreeJumps(TranscriptIndex index, WordIds ids, Editing editing, int a, int j, List<int> jumps)
    {
        jumps.Clear();
        if (!editing.Any) return;
        var folded = ids.Folded;
        foreach (var filler in editing.Fillers)
        {
            int start = j - filler.Length;
            if (start < a) continue;
            bool same = true;
            for (int k = 0; k < filler.Length && same; k++) same = folded[start + k] == filler[k];
            if (same && !jumps.Contains(filler.Length)) jumps.Add(filler.Length);
        }
        if (!editing.Repetitions) return;
        int turnEnd = index.TurnOf(j - 1) + 1 < index.TurnFirstToken.Length ? index.TurnFirstToken[index.TurnOf(j - 1) + 1] : index.TokenCount;
        for (int length = 1; length <= MaxRepetition; length++)
        {
            int start = j - length;
            if (start < a) break;
            // Said again right after (fillers between are allowed): "I was, um, I was" may be quoted as "I was".
            int next = j;
            while (next < turnEnd && IsFiller(folded, next, editing, turnEnd) is int f && f > 0) next += f;
            if (next + length > turnEnd) continue;
            bool same = true;
            for (int k = 0; k < length && same; k++) same = folded[start + k] == folded[next + k];
            if (same && !jumps.Contains(length)) jumps.Add(length);
        }
    }

    private static int IsFiller(int[] folded, int at, Editing editing, int end)
    {
        foreach (var filler in editing.Fillers)
        {
            if (at + filler.Length > end) continue;
            bool same = true;
            for (int k = 0; k < filler.Length && same; k++) same = folded[at + k] == filler[k];
            if (same) return filler.Length;
        }
        return 0;
    }

    private static void Trace(Column[] full, int a, int end, int n, WordAlignment result)
    {
        var differences = new List<WordDifference>();
        int i = n, j = end, matched = 0, firstToken = -1, lastToken = -1;
        while (i > 0)
        {
            var column = full[j - a];
            byte choice = j == a ? Added : column.Choice![i];
            switch (choice)
            {
                case Match:
                    matched++;
                    firstToken = j - 1;
                    if (lastToken < 0) lastToken = j - 1;
                    i--;
                    j--;
                    break;
                case Changed:
                    differences.Add(new WordDifference(false, i - 1, 1));
                    firstToken = j - 1;
                    if (lastToken < 0) lastToken = j - 1;
                    i--;
                    j--;
                    break;
                case LeftOut:
                    differences.Add(new WordDifference(true, i - 1, 1));
                    j--;
                    break;
                case Added:
                    differences.Add(new WordDifference(false, i - 1, 1));
                    i--;
                    break;
                default:
                    j -= column.Skip![i];
                    break;
            }
        }
        differences.Reverse();
        foreach (var d in differences)
        {
            int last = result.Differences.Count - 1;
            var previous = last >= 0 ? result.Differences[last] : default;
            if (last >= 0 && d.LeftOut && previous.LeftOut && previous.Word == d.Word)
                result.Differences[last] = new WordDifference(true, d.Word, previous.Count + 1);
            else if (last >= 0 && !d.LeftOut && !previous.LeftOut && previous.Word + previous.Count == d.Word)
                result.Differences[last] = new WordDifference(false, previous.Word, previous.Count + 1);
            else
                result.Differences.Add(d);
        }
        result.Matched = matched;
        if (firstToken >= 0)
        {
            result.FirstToken = firstToken;
            result.LastToken = lastToken;
        }
    }
}
