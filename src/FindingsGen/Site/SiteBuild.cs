using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using FindingsGen.Files.Output;
using FindingsGen.Language;

namespace FindingsGen.Site;

/// <summary>One build of a site (<c>findings build</c>): <see cref="SitePipeline"/>, then the output folder written whole.</summary>
public sealed class SiteBuild
{
    /// <summary>Options of a build.</summary>
    public sealed record Options(string Study, string? Output, bool Draft, string? LiveReload = null, bool Timings = false, string? Coding = null);

    /// <summary>What a build did.</summary>
    public sealed record Outcome(int ExitCode, CheckResult? Result, string? OutputFolder, int Pages, TimeSpan Elapsed);

    /// <summary>What the output folder may neither be, contain, nor (for a folder) lie inside: all the study is made of.</summary>
    private static IEnumerable<OutputGuard.Guarded> Guarded(Files.LoadedStudy folder, string? coding)
    {
        string root = folder.Root;
        // The coding project is private like the transcripts (it holds them whole), and its record is the study's.
        if (Files.Coding.CodingFiles.ProjectPath(root, folder.Manifest, coding) is { } project) yield return new(project, "the coding project (coding:)", false);
        yield return new(Path.Combine(root, Language.Coding.CodingRecord.FileName), "the coding record findings.coding.lock", false);
        yield return new(Path.Combine(root, Language.Manifest.StudyManifest.FileName), "the manifest findings.yml", false);
        yield return new(Path.Combine(root, Language.Tracing.LockFile.FileName), "the trace record findings.lock", false);
        yield return new(Path.Combine(root, "_templates"), "the study's _templates folder", true);
        // The transcripts: where the manifest puts them, where FINDINGS_TRANSCRIPTS puts them, and the usual place.
        yield return new(Path.Combine(root, "transcripts"), "the transcripts folder", true);
        if (Files.TranscriptFolder.Locate(root, folder.Manifest, null) is { } transcripts) yield return new(transcripts, "the transcripts folder (transcripts.path)", true);
        string? moved = Environment.GetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable);
        if (!string.IsNullOrEmpty(moved) && Files.TranscriptFolder.Locate(root, folder.Manifest, moved) is { } elsewhere)
        {
            yield return new(elsewhere, $"the transcripts folder ({Files.TranscriptFolder.EnvironmentVariable})", true);
        }
        foreach (var group in Files.GroupTranscripts.Paths(root, folder.Manifest)) yield return new(group, "a group transcript (transcripts.groups)", false);
        if (Files.PrivateData.IdentifiersPath(root, folder.Manifest) is { } identifiers) yield return new(identifiers, "the identifiers file", false);
        foreach (var page in folder.PagesInput.Pages) yield return new(Path.Combine(root, page.Key), $"the page {page.Key.Replace('\\', '/')}", false);
        foreach (var page in folder.Manifest.Pages ?? Array.Empty<Language.Manifest.PageEntry>())
        {
            yield return new(Path.Combine(root, page.Path), $"the page {page.Path}", false);
        }
    }

    /// <summary>Builds the site, reporting to <paramref name="output"/> and <paramref name="errors"/>.</summary>
    public static Outcome Run(Options options, TextWriter output, TextWriter errors)
    {
        var watch = Stopwatch.StartNew();
        string? sourceDateEpoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (SourceDateEpochProblem(sourceDateEpoch) is { } epochProblem)
        {
            errors.WriteLine("findings: " + epochProblem);
            return new Outcome(2, null, null, 0, watch.Elapsed);
        }
        var stages = new List<string>();
        var stage = Stopwatch.StartNew();
        long allocated = GC.GetTotalAllocatedBytes();
        void Lap(string name)
        {
            // Time, and memory allocated: a build's cost is much of it the memory it touches.
            long now = GC.GetTotalAllocatedBytes();
            stages.Add($"{name} {stage.Elapsed.TotalMilliseconds:0} ms ({(now - allocated) / (1024.0 * 1024):0} MB)");
            allocated = now;
            stage.Restart();
        }
        if (options.Coding is { Length: 0 })
        {
            errors.WriteLine("findings: --coding names no file (it is empty); name the REFI-QDA project (.qdpx), or leave --coding out for coding: in findings.yml");
            return new Outcome(2, null, null, 0, watch.Elapsed);
        }
        if (options.Output is { } named && string.IsNullOrWhiteSpace(named))
        {
            errors.WriteLine("findings: -o names no folder (it is empty); name the folder to write the site to, or leave -o out for STUDY/_site");
            return new Outcome(2, null, null, 0, watch.Elapsed);
        }
        string target = "";
        var prepared = SitePipeline.Prepare(options.Study, errors, Lap, folder =>
        {
            string? refusal;
            try
            {
                target = Path.GetFullPath(options.Output ?? Path.Combine(folder.Root, StudyLayout.SiteFolder));
                refusal = OutputGuard.Refusal(target, folder.Root, Guarded(folder, options.Coding));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                errors.WriteLine($"findings: -o '{options.Output}' is not a usable folder path: {e.Message}");
                return false;
            }
            if (refusal is null) return true;
            errors.WriteLine($"findings: will not write the site to '{target}': {refusal}; name another folder with -o");
            return false;
        }, new Language.Tracing.TracingCache(), options.Coding); // one cache per build: transcripts indexed while the pages are parsed
        if (prepared is null) return new Outcome(2, null, null, 0, watch.Elapsed);
        var (study, result, templates) = (prepared.Study, prepared.Result, prepared.Templates);
        FindingsGen.Diagnostics.DiagnosticFormats.WriteText(output, result.Diagnostics);
        bool draft = options.Draft;
        int manifestErrors = 0;
        foreach (var d in result.Diagnostics) if (d.Id == Language.Diagnostics.RuleTable.FG0201.Id && d.Severity == Language.Diagnostics.Severity.Error) manifestErrors++;
        if (manifestErrors > 0)
        {
            // Not even a draft: with the manifest wrong, what the site would hold (which files are pages, whose words a
            // transcript is) cannot be trusted.
            output.WriteLine($"findings build: not published \u2014 {StudyManifestName} has {manifestErrors} error(s) (FG0201); fix them first (--draft does not publish with a broken manifest)");
            return new Outcome(1, result, null, 0, watch.Elapsed);
        }
        if (result.Errors > 0 && !draft)
        {
            output.WriteLine($"findings build: not published \u2014 {result.Errors} error(s); fix them, or publish a draft with --draft");
            return new Outcome(1, result, null, 0, watch.Elapsed);
        }

        // Each file is written into the new site's temporary folder as it is rendered, and the folder swapped in whole at the end.
        int pages = 0;
        try
        {
            var jobs = RenderStage.Plan(result, templates, draft && result.Errors + result.Warnings > 0, sourceDateEpoch, options.LiveReload);
            Lap("model"); // the site model: every quotation's view, the pages' places and links
            var paths = new List<string>(jobs.Count);
            foreach (var job in jobs)
            {
                paths.Add(job.Path);
                if (job.Path.EndsWith(".html", StringComparison.Ordinal)) pages++;
            }
            using var site = Files.Output.SiteWriter.Begin(target, paths);
            RenderStage.Execute(jobs, site,
                (done, total) => { if (total > 200 && done % 100 == 0) output.WriteLine($"findings build: rendered {done} of {total} pages\u2026"); });
            Lap("render");
            site.Commit();
            Lap("write");
        }
        catch (TemplateException failure)
        {
            FindingsGen.Diagnostics.DiagnosticFormats.WriteText(errors, failure.Diagnostics);
            output.WriteLine("findings build: not published \u2014 a site template failed (FG0204); fix it, or delete the override to use the built-in template");
            return new Outcome(2, result, null, 0, watch.Elapsed);
        }
        output.WriteLine($"findings build: {pages} pages, {study.Quotations.Count} quotations \u2192 {target} ({watch.Elapsed.TotalMilliseconds:0} ms)" +
                         (draft && result.Errors + result.Warnings > 0 ? $"; draft with {result.Errors + result.Warnings} unresolved problem(s)" : ""));
        if (options.Timings) output.WriteLine("findings build: " + string.Join(", ", stages) + $"; {GC.CollectionCount(0)} garbage collection(s)");
        return new Outcome(result.Errors > 0 ? 1 : 0, result, target, pages, watch.Elapsed);
    }

    private const string StudyManifestName = Language.Manifest.StudyManifest.FileName;

    /// <summary>The largest SOURCE_DATE_EPOCH a date can be made of: 9999-12-31T23:59:59Z.</summary>
    private const long MaxSourceDateEpoch = 253_402_300_799;

    /// <summary>
    /// Why SOURCE_DATE_EPOCH cannot be used, or null when it is unset or a whole number of seconds from 1970 to 9999.
    /// A value that is set but wrong stops the build: ignoring it would make a build that was asked to be reproducible silently not be.
    /// </summary>
    public static string? SourceDateEpochProblem(string? value)
    {
        if (value is null || value.Length == 0) return null;
        string shown = value.Length <= 40 ? value : value.Substring(0, 40) + "\u2026";
        if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seconds) || seconds > MaxSourceDateEpoch)
        {
            return $"SOURCE_DATE_EPOCH='{shown}' is not a number of seconds since 1970-01-01 up to {MaxSourceDateEpoch} (year 9999); set it to e.g. $(git log -1 --format=%ct), or unset it";
        }
        return null;
    }
}
