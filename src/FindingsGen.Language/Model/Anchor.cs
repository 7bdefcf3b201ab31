using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>An ID defined somewhere in the findings (theme, subtheme, quotation, heading, div or span).</summary>
public sealed class Anchor
{
    internal Anchor(string id, string kind, string title, SourceLocation location)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Location = location;
    }

    /// <summary>The ID.</summary>
    public string Id { get; }
    /// <summary>What carries it: theme, subtheme, quotation, heading, div or span.</summary>
    public string Kind { get; }
    /// <summary>The title a cross-reference with empty text shows.</summary>
    public string Title { get; }
    /// <summary>Where the ID is written.</summary>
    public SourceLocation Location { get; }
}
