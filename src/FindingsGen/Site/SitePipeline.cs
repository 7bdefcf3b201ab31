using System;
using System.Collections.Generic;
using System.IO;
using FindingsGen.Files;
using FindingsGen.Language;

namespace FindingsGen.Site;

/// <summary>
/// The stages of a site build, in order: read (<see cref="StudyLoader"/>) → templates → parse → check (the core, as
/// <c>findings check</c> runs it) → render (<see cref="RenderStage"/>) → write (<see cref="Files.Output.SiteWriter"/>).
/// <c>build</c> runs them all (<see cref="SiteBuild"/>); <c>serve</c> renders into memory (<see cref="SiteServer"/>).
/// </summary>
public static class SitePipeline
{
    /// <summary>A study read, parsed and checked, with the templates to render it.</summary>
    public sealed record Prepared(LoadedStudy Folder, TemplateSet Templates, Language.Model.Study Study, CheckResult Result);

    /// <summary>
    /// The stages every build shares (read → parse → check, and the templates), for <c>build</c> and <c>serve</c>.
    /// Returns null after writing why to <paramref name="errors"/>; <paramref name="proceed"/> may stop it once the folder is read.
    /// <paramref name="cache"/> is the host's tracing cache (one per build; <c>serve</c> keeps one for its life);
    /// <paramref name="coding"/> is <c>--coding</c> (the project to check against instead of <c>coding:</c>'s).
    /// </summary>
    public static Prepared? Prepare(string studyPath, TextWriter errors, Action<string>? lap = null, Func<LoadedStudy, bool>? proceed = null,
        Language.Tracing.TracingCache? cache = null, string? coding = null)
    {
        var folder = StudyLoader.Load(studyPath, out string? error, cache, codingOverride: coding);
        lap?.Invoke("read");
        if (folder is null)
        {
            errors.WriteLine(error);
            return null;
        }
        if (proceed is not null && !proceed(folder)) return null;
        var templateErrors = new List<Language.Diagnostics.Diagnostic>();
        var templates = TemplateSet.Load(folder.Root, templateErrors, folder.Transcripts);
        if (templates is null)
        {
            FindingsGen.Diagnostics.DiagnosticFormats.WriteText(errors, templateErrors);
            return null;
        }
        lap?.Invoke("templates");
        var study = FindingsChecker.Parse(folder.PagesInput);
        lap?.Invoke("parse");
        // Every rule and the quotation tracing, exactly as findings check runs them.
        var result = FindingsChecker.Check(folder.Input, study);
        lap?.Invoke("check");
        return new Prepared(folder, templates, study, result);
    }
}
