using System.Collections.Generic;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// A quotation segment prepared for matching: its literal runs (normalised, end punctuation removed at the
/// segment's two ends) and, before each run after the first, how many transcript words an editorial
/// insertion may stand for (up to six each, or none).
/// </summary>
internal sealed class SegmentPattern
{
    /// <summary>Words an insertion may stand for.</summary>
    public const int InsertionWords = 6;

    private SegmentPattern(string[] runs, int[] gapBefore, string[] words)
    {
        Runs = runs;
        GapBefore = gapBefore;
        Words = words;
    }

    public string[] Runs { get; }
    public int[] GapBefore { get; }
    /// <summary>The segment's words (normalised) in order, for fuzzy comparison and messages.</summary>
    public string[] Words { get; }

    public static SegmentPattern? From(QuoteSegment segment)
    {
        var runs = new List<string>();
        var gaps = new List<int>();
        int pendingGap = 0;
        foreach (var piece in segment.Pieces)
        {
            if (piece.IsInsertion)
            {
                if (runs.Count > 0) pendingGap += InsertionWords;
                continue;
            }
            string run = TextNormalizer.Normalize(piece.Text);
            if (run.Length == 0) continue;
            runs.Add(run);
            gaps.Add(pendingGap);
            pendingGap = 0;
        }
        if (runs.Count == 0) return null;
        runs[0] = TextNormalizer.TrimPunctuation(runs[0], start: true, end: false);
        runs[runs.Count - 1] = TextNormalizer.TrimPunctuation(runs[runs.Count - 1], start: false, end: true);
        for (int i = runs.Count - 1; i >= 0; i--)
        {
            if (runs[i].Length > 0) continue;
            runs.RemoveAt(i);
            gaps.RemoveAt(i);
        }
        if (runs.Count == 0) return null;
        gaps[0] = 0;
        var words = new List<string>();
        foreach (var run in runs) words.AddRange(run.Split(' '));
        return new SegmentPattern(runs.ToArray(), gaps.ToArray(), words.ToArray());
    }
}
