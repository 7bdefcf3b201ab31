namespace FindingsGen.Language.Tracing;

/// <summary>Where a segment matched: its first and last token.</summary>
internal readonly struct SegmentMatch
{
    public SegmentMatch(int first, int last)
    {
        First = first;
        Last = last;
    }

    public int First { get; }
    public int Last { get; }
}
