using FindingsGen.Language.Dsl.Attributes;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>A Pandoc bracketed span, <c>[text]{.class key=value}</c>; its text is kept as written.</summary>
public sealed class BracketedSpan : LeafInline
{
    internal BracketedSpan(string content, int[] contentOffsets, AttributeList attributes)
    {
        Content = content;
        ContentOffsets = contentOffsets;
        Attributes = attributes;
    }

    /// <summary>The text between the brackets, exactly as written (Markdown not yet rendered).</summary>
    public string Content { get; }

    /// <summary>For each character of <see cref="Content"/>, its offset in the source.</summary>
    public int[] ContentOffsets { get; }

    /// <summary>The attributes, with source offsets.</summary>
    public AttributeList Attributes { get; }
}
