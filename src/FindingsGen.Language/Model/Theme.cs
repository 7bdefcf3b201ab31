using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A theme: a heading with class <c>.theme</c>.</summary>
public sealed class Theme
{
    internal Theme(string id, string title, SourceLocation location, Page page, string? shortTitle = null,
        IReadOnlyList<string>? codes = null, SourceLocation? codeLocation = null)
    {
        Codes = codes ?? System.Array.Empty<string>();
        CodeLocation = codeLocation;
        Id = id;
        Title = title;
        Short = shortTitle;
        Location = location;
        Page = page;
    }

    /// <summary>The theme's ID.</summary>
    public string Id { get; }
    /// <summary>The heading's text.</summary>
    public string Title { get; }
    /// <summary>The navigation label the heading's <c>short=</c> gives, or null when it gives none (the site then shortens <see cref="Title"/> itself).</summary>
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
    /// <summary>Its subthemes, in order.</summary>
    public List<Subtheme> Subthemes { get; } = new();
    /// <summary>Every quotation in the theme (including its subthemes'), in order.</summary>
    public List<Quotation> Quotations { get; } = new();
}
