using System.Collections.Generic;
using System.Text;

namespace FindingsGen.Language.Text;

/// <summary>Text gathered from a page, with each character's offset in the page's source.</summary>
public sealed class MappedText
{
    /// <summary>Creates mapped text; <paramref name="offsets"/> has one entry per character.</summary>
    public MappedText(string text, int[] offsets)
    {
        Text = text;
        Offsets = offsets;
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The source offset of each character.</summary>
    public int[] Offsets { get; }

    /// <summary>A contiguous range of the source.</summary>
    public static MappedText FromSource(string source, int start, int endExclusive)
    {
        var offsets = new int[endExclusive - start];
        for (int i = 0; i < offsets.Length; i++) offsets[i] = start + i;
        return new MappedText(source.Substring(start, endExclusive - start), offsets);
    }

    /// <summary>Part of this text.</summary>
    public MappedText Slice(int start, int length)
    {
        var offsets = new int[length];
        System.Array.Copy(Offsets, start, offsets, 0, length);
        return new MappedText(Text.Substring(start, length), offsets);
    }

    /// <summary>Source offset of the character at <paramref name="index"/> (or just past the end).</summary>
    public int SourceOffset(int index) =>
        Offsets.Length == 0 ? 0 : index < Offsets.Length ? Offsets[index] : Offsets[Offsets.Length - 1] + 1;

    /// <summary>Source offset just past the character before <paramref name="endIndex"/>.</summary>
    public int SourceEnd(int endIndex) =>
        Offsets.Length == 0 ? 0 : endIndex <= 0 ? Offsets[0] : Offsets[System.Math.Min(endIndex, Offsets.Length) - 1] + 1;

    /// <summary>Builds mapped text piece by piece.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<int> offsets = new();

        /// <summary>The length so far.</summary>
        public int Length => text.Length;

        /// <summary>Appends text whose characters start at <paramref name="sourceStart"/>.</summary>
        public void Append(string value, int sourceStart)
        {
            text.Append(value);
            for (int i = 0; i < value.Length; i++) offsets.Add(sourceStart + i);
        }

        /// <summary>Appends text with explicit offsets.</summary>
        public void Append(string value, int[] sourceOffsets)
        {
            text.Append(value);
            offsets.AddRange(sourceOffsets);
        }

        /// <summary>Appends one character at a source offset.</summary>
        public void Append(char value, int sourceOffset)
        {
            text.Append(value);
            offsets.Add(sourceOffset);
        }

        /// <summary>The text built.</summary>
        public MappedText ToMappedText() => new(text.ToString(), offsets.ToArray());
    }
}
