using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language;
using FindingsGen.Site.Html;

namespace FindingsGen.Site;

/// <summary>Stage 4, render: every page, asset and data file of the site, written as it is made (<c>build</c>) or into memory, keyed by relative path (<c>serve</c>).</summary>
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
        // The page is made into the thread's reused buffer and handed to the sink: build writes it to its file from there.
        void Page(FileSink sink, string template, string title, string root, string current, string key, object value, string? path = null)
        {
            templates.RenderInto(template, new Dictionary<string, object?>
            {
                ["site"] = site, ["page"] = new PageView(title, root, current, script), [key] = value,
                ["citation"] = citation, ["page_url"] = Citation.CitationViews.PageUrl(citation.SiteUrl, path ?? current),
            }, page =>
            {
                // Whatever made the page, it is published only whole and without live script.
                if (Html.PageCheck.Problem(page) is { } problem)
                {
                    throw new TemplateException(TemplateSet.Diagnostic(templates.Blamed(template), 0, 0, $"{problem}: {(root.Length == 0 ? "" : "the page of ")}{title}"));
                }
                sink(page);
            });
        }

        // The largest files first, so that they do not hold back the end of the parallel loop.
        var jobs = new List<RenderJob>
        {
            RenderJob.Streamed(SitePaths.Quotations, true, sink => Page(sink, "quotations.html", "Quotations", "", SitePaths.Quotations, "quotations", model.Quotations())),
            RenderJob.Streamed("findings.json", false, sink => SiteData.Json(result, model, sink)),
            RenderJob.Streamed(SitePaths.Index, true, sink => Page(sink, "index.html", site.Title, "", SitePaths.Index, "overview", model.Overview())),
            RenderJob.Streamed("quotations.csv", false, sink => SiteData.Csv(model, sink)),
            RenderJob.Streamed(SitePaths.Participants, true, sink => Page(sink, "participants.html", "Participants", "", SitePaths.Participants, "participants", model.Participants())),
            new(SiteModelBuilder.MapFile, false, () => utf8.GetBytes(ThematicMap.Standalone(result.Study, model.Paths))),
            RenderJob.Streamed(SitePaths.Report, true, sink => Page(sink, "report.html", "Validation report", "", SitePaths.Report, "report", model.Report())),
            new("assets/site.css", false, () => utf8.GetBytes(TemplateSet.Embedded("assets/site.css"))),
            new("assets/site.js", false, () => utf8.GetBytes(TemplateSet.Embedded("assets/site.js"))),
        };
        // CITATION.cff beside the site, when the study says how it is cited (and can: CFF needs an author).
        if (citationText is not null && Citation.CitationFile.Write(citationText) is { } cff) jobs.Add(new(Citation.CitationFile.FileName, false, () => cff));
        foreach (var participant in result.Study.Manifest.Participants)
        {
            string path = model.Paths.Participant(participant.Id)!;
            jobs.Add(RenderJob.Streamed(path, true, sink => Page(sink, "participant.html", "Participant " + participant.Id, "../", "", "participant", model.Participant(participant), path)));
        }
        foreach (var theme in result.Study.Themes)
        {
            jobs.Add(RenderJob.Streamed(model.Paths.Theme(theme), true, sink => Page(sink, "theme.html", theme.Title, "../", model.Paths.Theme(theme), "theme", model.Theme(theme))));
        }

        return jobs;
    }

    /// <summary>Runs <paramref name="jobs"/> on every core, into memory (for <c>serve</c>); throws <see cref="TemplateException"/> as <see cref="Run"/> does.</summary>
    public static SortedDictionary<string, byte[]> Execute(IReadOnlyList<RenderJob> jobs, Action<int, int>? progress = null)
    {
        var made = new byte[jobs.Count][];
        Each(jobs, progress, i => made[i] = jobs[i].Make());
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < jobs.Count; i++) files[jobs[i].Path] = made[i];
        return files;
    }

    /// <summary>
    /// Runs <paramref name="jobs"/> on every core, each file written to <paramref name="site"/> as soon as it is made (from the
    /// thread's reused buffer), so that the site is never held in memory whole; <paramref name="site"/> was begun with the jobs'
    /// paths, in order. Throws <see cref="TemplateException"/> as <see cref="Run"/> does; the caller then disposes the site
    /// uncommitted, and nothing is published.
    /// </summary>
    public static void Execute(IReadOnlyList<RenderJob> jobs, Files.Output.PendingSite site, Action<int, int>? progress = null) =>
        Each(jobs, progress, i => jobs[i].MakeInto(bytes => site.Write(i, bytes)));

    /// <summary>Runs <paramref name="run"/> for every job on every core; collects every template failure seen before the loop stops.</summary>
    private static void Each(IReadOnlyList<RenderJob> jobs, Action<int, int>? progress, Action<int> run)
    {
        // Files are independent: they are made on every core, each into its own slot, so the output does not depend on the order.
        // A template that fails stops the render (it would fail the same way on every page of its kind): every failure
        // seen by then is reported, and nothing is published.
        var failures = new System.Collections.Concurrent.ConcurrentBag<Language.Diagnostics.Diagnostic>();
        int pageCount = jobs.Count(j => j.IsPage), done = 0;
        System.Threading.Tasks.Parallel.For(0, jobs.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
        {
            try
            {
                run(i);
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
    }
}
