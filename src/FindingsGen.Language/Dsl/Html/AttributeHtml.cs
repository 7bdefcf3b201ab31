using System.Linq;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Text;
using Markdig.Renderers;

namespace FindingsGen.Language.Dsl.Html;

/// <summary>The id and classes of an attribute list as HTML attributes (` id="…" class="…"`), escaped; what every construct that is not the language's own writes.</summary>
internal static class AttributeHtml
{
    public static HtmlRenderer WriteIdAndClasses(this HtmlRenderer renderer, AttributeList attributes)
    {
        if (attributes.Id is { } id) renderer.Write(" id=\"").Write(HtmlText.Escape(id.Value)).Write("\"");
        var classes = attributes.Classes.ToList();
        if (classes.Count > 0) renderer.Write(" class=\"").Write(HtmlText.Escape(string.Join(" ", classes))).Write("\"");
        return renderer;
    }
}
