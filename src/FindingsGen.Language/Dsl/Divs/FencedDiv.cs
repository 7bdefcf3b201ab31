using FindingsGen.Language.Dsl.Attributes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Divs;

/// <summary>A Pandoc fenced div: <c>::: {.class key=value}</c> … <c>:::</c>, holding ordinary blocks.</summary>
internal sealed class FencedDiv : ContainerBlock
{
    internal FencedDiv(BlockParser parser, AttributeList attributes) : base(parser)
    {
        Attributes = attributes;
    }

    /// <summary>The attributes of the opening fence, with source offsets.</summary>
    public AttributeList Attributes { get; }

    /// <summary>Offset just past the opening fence line.</summary>
    public int ContentStart { get; internal set; }

    /// <summary>Offset of the closing fence, or the end of the document when the div is never closed.</summary>
    public int ContentEnd { get; internal set; }

    /// <summary>True once a closing fence (<c>:::</c>) has ended the div; false when the page or an enclosing block ended it.</summary>
    public bool HasClosingFence { get; internal set; }

}
