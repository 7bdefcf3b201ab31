using Markdig.Syntax;

namespace FindingsGen.Language.Model;

/// <summary>
/// The model element a syntax node stands for, attached to the node by <see cref="StudyParser"/>: whoever holds the
/// node (the HTML renderers, the site) reads the quotation, claim, theme or subtheme from it instead of finding it again.
/// A node the parser did not read as one (a span inside another span's text, a div inside a quotation) has none.
/// </summary>
public static class NodeModel
{
    private static readonly object QuotationKey = typeof(Quotation), ClaimKey = typeof(FrequencyClaim), ThemeKey = typeof(Theme), SubthemeKey = typeof(Subtheme);

    /// <summary>The quotation this span or div is, or null.</summary>
    public static Quotation? GetQuotation(this MarkdownObject node) => node.GetData(QuotationKey) as Quotation;

    /// <summary>The frequency claim this span is, or null.</summary>
    public static FrequencyClaim? GetClaim(this MarkdownObject node) => node.GetData(ClaimKey) as FrequencyClaim;

    /// <summary>The theme this heading starts, or null.</summary>
    public static Theme? GetTheme(this MarkdownObject node) => node.GetData(ThemeKey) as Theme;

    /// <summary>The subtheme this heading starts, or null.</summary>
    public static Subtheme? GetSubtheme(this MarkdownObject node) => node.GetData(SubthemeKey) as Subtheme;

    internal static void Attach(MarkdownObject node, Quotation quotation) => node.SetData(QuotationKey, quotation);
    internal static void Attach(MarkdownObject node, FrequencyClaim claim) => node.SetData(ClaimKey, claim);
    internal static void Attach(MarkdownObject node, Theme theme) => node.SetData(ThemeKey, theme);
    internal static void Attach(MarkdownObject node, Subtheme subtheme) => node.SetData(SubthemeKey, subtheme);
}
