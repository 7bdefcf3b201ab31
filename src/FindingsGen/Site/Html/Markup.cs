namespace FindingsGen.Site.Html;

/// <summary>
/// HTML the site produced itself and has already made safe (rendered Markdown, the SVG map, escaped text). Templates
/// write it as it is; every other value they insert is escaped (see <see cref="TemplateSet"/>).
/// </summary>
public sealed class Markup
{
    /// <summary>Wraps trusted HTML.</summary>
    public Markup(string html) => Html = html;

    /// <summary>The HTML.</summary>
    public string Html { get; }

    /// <inheritdoc/>
    public override string ToString() => Html;
}
