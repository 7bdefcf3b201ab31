using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Site.Html;

/// <summary>
/// Who said a quotation, journal style: "(T1, hospital, 12 years)" from the manifest's <c>site.attribution</c>
/// template, each participant ID linked to its page; several speakers are joined by semicolons ("(T1, hospital; T2,
/// clinic)"), since an attribution holds commas itself.
/// </summary>
public static class AttributionMarkup
{
    // Stands for the ID while the template is filled in, so that the ID alone becomes a link in the escaped text.
    private const string IdMark = "\u0001";

    /// <summary>The attribution as HTML (phrasing content) on a page whose path to the site root is <paramref name="root"/>.</summary>
    public static string Html(IEnumerable<string> ids, StudyManifest manifest, SitePaths paths, string root)
    {
        var parts = ids.Select(id =>
        {
            string text = HtmlText.Escape(manifest.Site.Attribution.Format(IdMark, manifest.FindParticipant(id)));
            string link = paths.Participant(id) is { } file ? $"<a href=\"{HtmlText.Escape(root + file)}\">{HtmlText.Escape(id)}</a>" : HtmlText.Escape(id);
            return text.Replace(IdMark, link);
        }).ToList();
        return parts.Count == 0 ? "" : "<span class=\"attribution\">(" + string.Join("; ", parts) + ")</span>";
    }
}
