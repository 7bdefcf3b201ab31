using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// A transcript's words as numbers, so the alignment compares integers: <see cref="Exact"/> per token (the word as
/// written), <see cref="Folded"/> per token (lower case, for a segment's first word, whose first letter may differ in
/// case). A word that is not in the transcript gets -1 and so never equals a token.
/// </summary>
internal sealed class WordIds
{
    private readonly Dictionary<string, int> exact;
    private readonly Dictionary<string, int> folded;

    private WordIds(Dictionary<string, int> exact, Dictionary<string, int> folded, int[] exactIds, int[] foldedIds)
    {
        this.exact = exact;
        this.folded = folded;
        Exact = exactIds;
        Folded = foldedIds;
    }

    /// <summary>The number of each token's word as written.</summary>
    public int[] Exact { get; }
    /// <summary>The number of each token's word in lower case.</summary>
    public int[] Folded { get; }

    /// <summary>The number of <paramref name="word"/> as written, or -1.</summary>
    public int ExactOf(string word) => exact.TryGetValue(word, out int id) ? id : -1;

    /// <summary>The number of <paramref name="word"/> in lower case, or -1.</summary>
    public int FoldedOf(string word) => folded.TryGetValue(word.ToLowerInvariant(), out int id) ? id : -1;

    public static WordIds Build(TranscriptIndex index)
    {
        int count = index.TokenCount;
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var folded = new Dictionary<string, int>(StringComparer.Ordinal);
        var exactIds = new int[count];
        var foldedIds = new int[count];
        for (int t = 0; t < count; t++)
        {
            string word = index.TokenText(t);
            if (!exact.TryGetValue(word, out int e)) exact[word] = e = exact.Count;
            exactIds[t] = e;
            string lower = word.ToLowerInvariant();
            if (!folded.TryGetValue(lower, out int f)) folded[lower] = f = folded.Count;
            foldedIds[t] = f;
        }
        return new WordIds(exact, folded, exactIds, foldedIds);
    }
}
