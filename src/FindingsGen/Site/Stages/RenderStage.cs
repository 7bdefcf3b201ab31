using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language;

namespace FindingsGen.Site.Stages;

/// <summary>Stage 4, render: every page, asset and data file of the site, in memory, keyed by relative path.</summary>
public static class RenderStage
{
    /// <summary>Renders the site. <paramref name="liveReload"/> is a script added to every page by <c>findings serve</c>.</summary>
    public static SortedDictionary<string, byte[]> Run(CheckResult result, TemplateSet templates, bool draft, string? sourceDateEpoch, string? liveReload = null,
        Action<int, int>? progress = null)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var model = new SiteModelBuilder(result);
        var site = model.Site(draft, sourceDateEpoch);
        var utf8 = new UTF8Encoding(false);

        void Page(string path, string template, string title, string root, string current, string key, object value)
        {
            var page = new PageView(title, root, current, liveReload);
            files[path] = utf8.GetBytes(templates.Render(template, new Dictionary<string, object?> { ["site"] = site, ["page"] = page, [key] = value }));
            progress?.Invoke(files.Count, 0);
        }

        Page(SitePaths.Index, "index.html", site.Title, "", SitePaths.Index, "overview", model.Overview());
        foreach (var theme in result.Study.Themes)
        {
            Page(SitePaths.Theme(theme), "theme.html", theme.Title, "../", SitePaths.Theme(theme), "theme", model.Theme(theme));
        }
        foreach (var participant in result.Study.Manifest.Participants)
        {
            Page(model.Paths.Participant(participant.Id)!, "participant.html", "Participant " + participant.Id, "../", "", "participant", model.Participant(participant));
        }
        Page(SitePaths.Quotations, "quotations.html", "Quotations", "", SitePaths.Quotations, "quotations", model.Quotations());
        Page(SitePaths.Report, "report.html", "Validation report", "", SitePaths.Report, "report", model.Report());

        files["assets/site.css"] = utf8.GetBytes(TemplateSet.Embedded("assets/site.css"));
        files["assets/site.js"] = utf8.GetBytes(TemplateSet.Embedded("assets/site.js"));
        files["findings.json"] = SiteData.Json(result, model);
        files["quotations.csv"] = SiteData.Csv(model);
        return files;
    }
}
