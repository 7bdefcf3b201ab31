using FindingsGen.Language.Dsl.Attributes;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>
/// A Pandoc bracketed span, <c>[text]{.class key=value}</c>: its text is parsed with the page, as the span's child inlines
/// (emphasis, links, code), and also kept as written (<see cref="Content"/>), which is what the model reads.
/// </summary>
public sealed class BracketedSpan : ContainerInline
{
    internal BracketedSpan(string content, int[] contentOffsets, AttributeList attributes)
    {
        Content = content;
        ContentOffsets = contentOffsets;
        Attributes = attributes;
    }

    /// <summary>The text between the brackets, exactly as written (the Markdown as written; the children hold it parsed).</summary>
    public string Content { get; }

    /// <summary>For each character of <see cref="Content"/>, its offset in the source.</summary>
    public int[] ContentOffsets { get; }

    /// <summary>The attributes, with source offsets.</summary>
    public AttributeList Attributes { get; }
}
