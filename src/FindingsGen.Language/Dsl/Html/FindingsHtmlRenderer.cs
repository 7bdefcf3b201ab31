using System.IO;
using Markdig.Renderers;

namespace FindingsGen.Language.Dsl.Html;

/// <summary>
/// Markdig's HTML renderer with the findings constructs' renderers (added by <see cref="FindingsPipeline.Instance"/>'s
/// extensions) and the <see cref="Host"/> they ask for what the site adds. Made for one page and dropped: nothing of
/// one page's rendering can reach another's.
/// </summary>
public sealed class FindingsHtmlRenderer : HtmlRenderer
{
    /// <summary>Creates a renderer writing to <paramref name="writer"/>, set up by the findings pipeline.</summary>
    public FindingsHtmlRenderer(TextWriter writer, IConstructHost? host) : base(writer)
    {
        Host = host;
        FindingsPipeline.Instance.Setup(this);
    }

    /// <summary>What the site adds to the constructs, or null (then they are written without links or provenance).</summary>
    public IConstructHost? Host { get; }

    /// <summary>The host of <paramref name="renderer"/>, when it is a findings renderer that has one.</summary>
    internal static IConstructHost? HostOf(HtmlRenderer renderer) => (renderer as FindingsHtmlRenderer)?.Host;
}
