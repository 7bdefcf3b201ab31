using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A subtheme: a heading with class <c>.subtheme</c>, under the nearest theme above it.</summary>
public sealed class Subtheme
{
    internal Subtheme(string id, string title, SourceLocation location, Page page, Theme? theme, string? shortTitle = null,
        IReadOnlyList<string>? codes = null, SourceLocation? codeLocation = null)
    {
        Codes = codes ?? System.Array.Empty<string>();
        CodeLocation = codeLocation;
        Id = id;
        Title = title;
        Short = shortTitle;
        Location = location;
        Page = page;
        Theme = theme;
    }

    /// <summary>The subtheme's ID.</summary>
    public string Id { get; }
    /// <summary>The heading's text.</summary>
    public string Title { get; }
    /// <summary>The label the heading's <c>short=</c> gives (for "On this page"), or null when it gives none.</summary>
    public string? Short { get; }
    /// <summary>
    /// The QDA codes its heading's <c>code=</c> names (a code's name or GUID each, trimmed, in the order written), or none.
    /// The coding rules (FG0501–FG0504) read the participants coded under them.
    /// </summary>
    public IReadOnlyList<string> Codes { get; }
    /// <summary>Where the heading's <c>code=</c> value is, or null when it has none.</summary>
    public SourceLocation? CodeLocation { get; }
    /// <summary>The heading.</summary>
    public SourceLocation Location { get; }
    /// <summary>The page it is on.</summary>
    public Page Page { get; }
    /// <summary>The theme it belongs to, or null when it comes before any theme.</summary>
    public Theme? Theme { get; }
    /// <summary>Its quotations, in order.</summary>
    public List<Quotation> Quotations { get; } = new();
}
