using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A theme: a heading with class <c>.theme</c>.</summary>
public sealed class Theme
{
    internal Theme(string id, string title, SourceLocation location, Page page, string? shortTitle = null)
    {
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
    /// <summary>The heading.</summary>
    public SourceLocation Location { get; }
    /// <summary>The page it is on.</summary>
    public Page Page { get; }
    /// <summary>Its subthemes, in order.</summary>
    public List<Subtheme> Subthemes { get; } = new();
    /// <summary>Every quotation in the theme (including its subthemes'), in order.</summary>
    public List<Quotation> Quotations { get; } = new();
}
