using System;
using FindingsGen.Language.Dsl.Attributes;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>
/// A Pandoc bracketed span, <c>[text]{.class key=value}</c>: its text is parsed with the page, as the span's child inlines
/// (emphasis, links, code), and also kept as written (<see cref="Content"/>), which is what the model reads.
/// </summary>
internal sealed class BracketedSpan : ContainerInline
{
    // The text and its source offsets are cut from the paragraph's only when asked for: spans nested in spans would
    // otherwise each copy all the text inside them, a cost that grows with depth times length.
    private readonly string paragraph;
    private readonly int start, length;
    private readonly int[] positions;
    private readonly int positionsStart;
    private string? content;
    private int[]? contentOffsets;

    /// <param name="paragraph">The paragraph's text as the inline parser reads it.</param>
    /// <param name="start">Where the span's text starts in it.</param>
    /// <param name="length">The length of the span's text.</param>
    /// <param name="positions">The source offset of each character of the paragraph from <paramref name="positionsStart"/> on.</param>
    /// <param name="positionsStart">The index in the paragraph of <paramref name="positions"/>' first entry.</param>
    /// <param name="attributes">The attributes.</param>
    internal BracketedSpan(string paragraph, int start, int length, int[] positions, int positionsStart, AttributeList attributes)
    {
        this.paragraph = paragraph;
        this.start = start;
        this.length = length;
        this.positions = positions;
        this.positionsStart = positionsStart;
        Attributes = attributes;
    }

    /// <summary>The text between the brackets, exactly as written (the Markdown as written; the children hold it parsed).</summary>
    public string Content => content ??= paragraph.Substring(start, length);

    /// <summary>For each character of <see cref="Content"/>, its offset in the source.</summary>
    public int[] ContentOffsets
    {
        get
        {
            if (contentOffsets is not null) return contentOffsets;
            var offsets = new int[length];
            Array.Copy(positions, start - positionsStart, offsets, 0, length);
            return contentOffsets = offsets;
        }
    }

    /// <summary>The attributes, with source offsets.</summary>
    public AttributeList Attributes { get; }
}
