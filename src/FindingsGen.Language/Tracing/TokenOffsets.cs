using System;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Where each token of a <see cref="TranscriptIndex"/> starts, in about two bytes a token instead of four: a base offset
/// per block of 64 tokens and each token's distance from it as a 16-bit number. At 10 M words the offsets were 41 MB,
/// as much as the speech itself; a block whose words span 64 KB or more (a run of letters no one speaks) keeps plain
/// 32-bit offsets instead, so every transcript is answered the same way.
/// </summary>
internal sealed class TokenOffsets
{
    private const int BlockShift = 6;
    private readonly int[]? plain;
    private readonly int[] blockBase = Array.Empty<int>();
    private readonly ushort[] relative = Array.Empty<ushort>();

    /// <summary>The offsets of <paramref name="count"/> tokens from <paramref name="starts"/> (ascending).</summary>
    public TokenOffsets(int[] starts, int count)
    {
        Count = count;
        int blocks = (count + (1 << BlockShift) - 1) >> BlockShift;
        var bases = new int[blocks];
        var distances = new ushort[count];
        for (int t = 0; t < count; t++)
        {
            int block = t >> BlockShift;
            if ((t & ((1 << BlockShift) - 1)) == 0) bases[block] = starts[t];
            int distance = starts[t] - bases[block];
            if (distance > ushort.MaxValue)
            {
                plain = new int[count];
                Array.Copy(starts, plain, count);
                return;
            }
            distances[t] = (ushort)distance;
        }
        blockBase = bases;
        relative = distances;
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>Where token <paramref name="token"/> starts.</summary>
    public int this[int token] => plain is not null ? plain[token] : blockBase[token >> BlockShift] + relative[token];

    /// <summary>The last token starting at or before <paramref name="offset"/>; ties resolve to the last of them; -1 when none.</summary>
    public int Floor(int offset)
    {
        int lo = 0, hi = Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (this[mid] <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
