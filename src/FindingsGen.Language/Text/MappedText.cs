using System;
using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Language.Text;

/// <summary>
/// Text gathered from a page, with each character's offset in the page's source. The offsets are kept as
/// runs (a run is a stretch of characters copied contiguously from the source), so a paragraph costs a few
/// integers per inline rather than one per character.
/// </summary>
public sealed class MappedText
{
    // Run r covers text indices [runStarts[r], runStarts[r + 1]) and maps index i to runSources[r] + (i - runStarts[r]).
    private readonly int[] runStarts;
    private readonly int[] runSources;
    private readonly int runCount;

    /// <summary>Creates mapped text; <paramref name="offsets"/> has one entry per character.</summary>
    public MappedText(string text, int[] offsets)
    {
        if (offsets.Length != text.Length) throw new ArgumentException("one offset per character is needed", nameof(offsets));
        Text = text;
        var builder = new RunBuilder();
        for (int i = 0; i < offsets.Length; i++) builder.Add(i, offsets[i], 1);
        (runStarts, runSources, runCount) = builder.ToArrays();
    }

    private MappedText(string text, int[] runStarts, int[] runSources, int runCount)
    {
        Text = text;
        this.runStarts = runStarts;
        this.runSources = runSources;
        this.runCount = runCount;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>A contiguous range of the source.</summary>
    public static MappedText FromSource(string source, int start, int endExclusive) =>
        new(source.Substring(start, endExclusive - start), new[] { 0 }, new[] { start }, endExclusive > start ? 1 : 0);

    /// <summary>Part of this text.</summary>
    public MappedText Slice(int start, int length)
    {
        var builder = new RunBuilder();
        int end = start + length;
        for (int r = Run(start); r >= 0 && r < runCount && runStarts[r] < end; r++)
        {
            int from = Math.Max(start, runStarts[r]);
            int to = Math.Min(end, r + 1 < runCount ? runStarts[r + 1] : Text.Length);
            if (to > from) builder.Add(from - start, runSources[r] + (from - runStarts[r]), to - from);
        }
        var (starts, sources, count) = builder.ToArrays();
        return new MappedText(Text.Substring(start, length), starts, sources, count);
    }

    /// <summary>Source offset of the character at <paramref name="index"/> (or just past the end).</summary>
    public int SourceOffset(int index) =>
        Text.Length == 0 ? 0 : index < Text.Length ? Map(index) : Map(Text.Length - 1) + 1;

    /// <summary>Source offset just past the character before <paramref name="endIndex"/>.</summary>
    public int SourceEnd(int endIndex) =>
        Text.Length == 0 ? 0 : endIndex <= 0 ? Map(0) : Map(Math.Min(endIndex, Text.Length) - 1) + 1;

    private int Map(int index)
    {
        int r = Run(index);
        return runSources[r] + (index - runStarts[r]);
    }

    private int Run(int index)
    {
        int r = Array.BinarySearch(runStarts, 0, runCount, index);
        return r >= 0 ? r : ~r - 1;
    }

    /// <summary>Collects runs, joining a piece to the previous run when it continues it in both the text and the source.</summary>
    private sealed class RunBuilder
    {
        private readonly List<int> starts = new();
        private readonly List<int> sources = new();
        private int end = -1;
        private int sourceEnd = -1;

        public void Add(int textStart, int sourceStart, int length)
        {
            if (length <= 0) return;
            if (textStart != end || sourceStart != sourceEnd)
            {
                starts.Add(textStart);
                sources.Add(sourceStart);
            }
            end = textStart + length;
            sourceEnd = sourceStart + length;
        }

        public (int[] Starts, int[] Sources, int Count) ToArrays() => (starts.ToArray(), sources.ToArray(), starts.Count);
    }

    /// <summary>Builds mapped text piece by piece.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly RunBuilder runs = new();

        /// <summary>The length so far.</summary>
        public int Length => text.Length;

        /// <summary>Appends text whose characters start at <paramref name="sourceStart"/>.</summary>
        public void Append(string value, int sourceStart) => Append(value, 0, value.Length, sourceStart);

        /// <summary>Appends <paramref name="count"/> characters of <paramref name="value"/> from <paramref name="start"/>, the first at <paramref name="sourceStart"/>.</summary>
        public void Append(string value, int start, int count, int sourceStart)
        {
            runs.Add(text.Length, sourceStart, count);
            text.Append(value, start, count);
        }

        /// <summary>Appends text with explicit offsets.</summary>
        public void Append(string value, int[] sourceOffsets)
        {
            for (int i = 0; i < value.Length; i++) runs.Add(text.Length + i, sourceOffsets[i], 1);
            text.Append(value);
        }

        /// <summary>Appends one character at a source offset.</summary>
        public void Append(char value, int sourceOffset)
        {
            runs.Add(text.Length, sourceOffset, 1);
            text.Append(value);
        }

        /// <summary>The text built.</summary>
        public MappedText ToMappedText()
        {
            var (starts, sources, count) = runs.ToArrays();
            return new MappedText(text.ToString(), starts, sources, count);
        }
    }
}
