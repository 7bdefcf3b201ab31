using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language;
using FindingsGen.Site.Html;

namespace FindingsGen.Site;

/// <summary>Stage 4, render: every page, asset and data file of the site, in memory, keyed by relative path.</summary>
public static class RenderStage
{
    /// <summary>
    /// Renders the site; throws <see cref="TemplateException"/> (every FG0204) when a template fails or
    /// makes a page that may not be published. <paramref name="liveReload"/> is a script added to every page by <c>findings serve</c>;
    /// <paramref name="progress"/> hears (pages rendered, pages in all) after each page, one call at a time.
    /// </summary>
    public static SortedDictionary<string, byte[]> Run(CheckResult result, TemplateSet templates, bool draft, string? sourceDateEpoch, string? liveReload = null,
        Action<int, int>? progress = null) => Execute(Plan(result, templates, draft, sourceDateEpoch, liveReload), progress);

    /// <summary>
    /// Every file of the site as a job not yet run, the largest first: <c>findings serve</c> runs only the jobs whose output can
    /// have changed; <see cref="Run"/> runs them all. Making the plan builds the site model (every quotation's view) but renders nothing.
    /// </summary>
    public static IReadOnlyList<RenderJob> Plan(CheckResult result, TemplateSet templates, bool draft, string? sourceDateEpoch, string? liveReload = null)
    {
        var model = new SiteModelBuilder(result, draft);
        var site = model.Site(draft, sourceDateEpoch);
        var utf8 = new UTF8Encoding(false);
        var script = liveReload is null ? null : new Markup(liveReload);
        model.QuotationViews(); // every quotation's view, made once before pages share them across threads
        var citation = Citation.CitationViews.For(result, site.BuiltOn);
        var citationText = Citation.CitationText.For(result.Study.Manifest, site.BuiltOn);

        // path: the page's own path when it is not its navigation entry (a participant's page has none).
        byte[] Page(string template, string title, string root, string current, string key, object value, string? path = null)
        {
            byte[] page = templates.Render(template, new Dictionary<string, object?>
            {
                ["site"] = site, ["page"] = new PageView(title, root, current, script), [key] = value,
                ["citation"] = citation, ["page_url"] = Citation.CitationViews.PageUrl(citation.SiteUrl, path ?? current),
            });
            // Whatever made the page, it is published only whole and without live script.
            if (Html.PageCheck.Problem(page) is { } problem)
            {
                throw new TemplateException(TemplateSet.Diagnostic(templates.Blamed(template), 0, 0, $"{problem}: {(root.Length == 0 ? "" : "the page of ")}{title}"));
            }
            return page;
        }

        // The largest files first, so that they do not hold back the end of the parallel loop.
        var jobs = new List<RenderJob>
        {
            new(SitePaths.Quotations, true, () => Page("quotations.html", "Quotations", "", SitePaths.Quotations, "quotations", model.Quotations())),
            new("findings.json", false, () => SiteData.Json(result, model)),
            new(SitePaths.Index, true, () => Page("index.html", site.Title, "", SitePaths.Index, "overview", model.Overview())),
            new("quotations.csv", false, () => SiteData.Csv(model)),
            new(SitePaths.Participants, true, () => Page("participants.html", "Participants", "", SitePaths.Participants, "participants", model.Participants())),
            new(SiteModelBuilder.MapFile, false, () => utf8.GetBytes(ThematicMap.Standalone(result.Study, model.Paths))),
            new(SitePaths.Report, true, () => Page("report.html", "Validation report", "", SitePaths.Report, "report", model.Report())),
            new("assets/site.css", false, () => utf8.GetBytes(TemplateSet.Embedded("assets/site.css"))),
            new("assets/site.js", false, () => utf8.GetBytes(TemplateSet.Embedded("assets/site.js"))),
        };
        // CITATION.cff beside the site, when the study says how it is cited (and can: CFF needs an author).
        if (citationText is not null && Citation.CitationFile.Write(citationText) is { } cff) jobs.Add(new(Citation.CitationFile.FileName, false, () => cff));
        foreach (var participant in result.Study.Manifest.Participants)
        {
            string path = model.Paths.Participant(participant.Id)!;
            jobs.Add(new(path, true, () => Page("participant.html", "Participant " + participant.Id, "../", "", "participant", model.Participant(participant), path)));
        }
        foreach (var theme in result.Study.Themes)
        {
            jobs.Add(new(model.Paths.Theme(theme), true, () => Page("theme.html", theme.Title, "../", model.Paths.Theme(theme), "theme", model.Theme(theme))));
        }

        return jobs;
    }

    /// <summary>Runs <paramref name="jobs"/> on every core; throws <see cref="TemplateException"/> as <see cref="Run"/> does.</summary>
    public static SortedDictionary<string, byte[]> Execute(IReadOnlyList<RenderJob> jobs, Action<int, int>? progress = null)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        // Files are independent: they are made on every core, each into its own slot, so the output does not depend on the order.
        // A template that fails stops the render (it would fail the same way on every page of its kind): every failure
        // seen by then is reported, and nothing is published.
        var made = new byte[jobs.Count][];
        var failures = new System.Collections.Concurrent.ConcurrentBag<Language.Diagnostics.Diagnostic>();
        int pageCount = jobs.Count(j => j.IsPage), done = 0;
        System.Threading.Tasks.Parallel.For(0, jobs.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
        {
            try
            {
                made[i] = jobs[i].Make();
            }
            catch (TemplateException failure)
            {
                foreach (var diagnostic in failure.Diagnostics) failures.Add(diagnostic);
                loop.Stop();
                return;
            }
            if (!jobs[i].IsPage) return;
            int count = System.Threading.Interlocked.Increment(ref done);
            if (progress is not null) lock (jobs) progress(count, pageCount);
        });
        if (!failures.IsEmpty) throw new TemplateException(failures.DistinctBy(d => d.ToString()).OrderBy(d => d.ToString(), StringComparer.Ordinal).ToList());
        for (int i = 0; i < jobs.Count; i++) files[jobs[i].Path] = made[i];
        return files;
    }
}
