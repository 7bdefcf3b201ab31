using FindingsGen.Language.Dsl.Attributes;

namespace FindingsGen.Language.Model;

/// <summary>
/// A span, fenced div or heading written with an attribute list, construct or not: FG0010 reads them all, because a
/// misspelled construct is otherwise indistinguishable from prose.
/// </summary>
public sealed class AttributedElement
{
    internal AttributedElement(AttributedElementKind kind, AttributeList attributes, Page page, bool unclosed = false)
    {
        Kind = kind;
        Attributes = attributes;
        Page = page;
        Unclosed = unclosed;
    }

    /// <summary>What the attributes are written on.</summary>
    public AttributedElementKind Kind { get; }
    /// <summary>The attributes, with source offsets.</summary>
    public AttributeList Attributes { get; }
    /// <summary>The page it is on.</summary>
    public Page Page { get; }
    /// <summary>True for a fenced div that no closing fence ends (the page or an enclosing block does).</summary>
    public bool Unclosed { get; }
}
