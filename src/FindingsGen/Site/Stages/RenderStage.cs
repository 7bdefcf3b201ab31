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
        model.Quotes(); // every quotation's view, made once before pages share them across threads

        var pages = new List<(string Path, string Template, string Title, string Root, string Current, string Key, Func<object> Value)>
        {
            (SitePaths.Index, "index.html", site.Title, "", SitePaths.Index, "overview", model.Overview),
        };
        foreach (var theme in result.Study.Themes)
        {
            pages.Add((SitePaths.Theme(theme), "theme.html", theme.Title, "../", SitePaths.Theme(theme), "theme", () => model.Theme(theme)));
        }
        foreach (var participant in result.Study.Manifest.Participants)
        {
            pages.Add((model.Paths.Participant(participant.Id)!, "participant.html", "Participant " + participant.Id, "../", "", "participant", () => model.Participant(participant)));
        }
        pages.Add((SitePaths.Quotations, "quotations.html", "Quotations", "", SitePaths.Quotations, "quotations", model.Quotations));
        pages.Add((SitePaths.Report, "report.html", "Validation report", "", SitePaths.Report, "report", model.Report));

        // Pages are independent: they render on every core, each into its own slot, so the output does not depend on the order.
        var rendered = new byte[pages.Count][];
        int done = 0;
        System.Threading.Tasks.Parallel.For(0, pages.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (_, template, title, root, current, key, value) = pages[i];
            var page = new PageView(title, root, current, liveReload);
            rendered[i] = utf8.GetBytes(templates.Render(template, new Dictionary<string, object?> { ["site"] = site, ["page"] = page, [key] = value() }));
            int count = System.Threading.Interlocked.Increment(ref done);
            if (progress is not null) lock (pages) progress(count, pages.Count);
        });
        for (int i = 0; i < pages.Count; i++) files[pages[i].Path] = rendered[i];

        files["assets/site.css"] = utf8.GetBytes(TemplateSet.Embedded("assets/site.css"));
        files["assets/site.js"] = utf8.GetBytes(TemplateSet.Embedded("assets/site.js"));
        files["findings.json"] = SiteData.Json(result, model);
        files["quotations.csv"] = SiteData.Csv(model);
        return files;
    }
}
