using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Site.Serve;

/// <summary>
/// The site <c>findings serve</c> keeps in memory, brought up to date after each change with as little work as the change
/// needs. Kept between rebuilds: each file's size and time (<see cref="FileStamps"/>), the pages as read and as parsed
/// (<see cref="PageParseCache"/>), the transcripts' indexes and verbatim results (<see cref="TracingCache"/>), the
/// templates, the last check's result and the files served.
/// <list type="bullet">
/// <item>Only pages changed (in content, not in number): those pages are read and parsed again; the rules and the tracing
/// run study-wide (the unchanged quotations are found in the tracing cache).</item>
/// <item>Only transcripts changed: they are read again; only a transcript whose text changed is indexed again, and only its
/// participant's quotations are traced again.</item>
/// <item>Anything else (the manifest, findings.lock, a template, the identifiers list, a page added, deleted or renamed,
/// any file the server cannot place): the study is read again as <c>findings build</c> reads it, still from the caches.</item>
/// </list>
/// Then only the files whose output can have changed are made (<see cref="RenderScope"/>), compared with those served, and
/// only the ones that differ are reported. The outcome is byte-identical to a clean build's (a test checks it after random edits).
/// </summary>
internal sealed class IncrementalSite
{
    private readonly string root;
    private readonly string? liveReload;
    private readonly TracingCache tracingCache = new();
    private readonly PageParseCache parseCache = new();
    private FileStamps stamps = FileStamps.None;
    private LoadedStudy? folder;
    private TemplateSet? templates;
    private StudyInput? input;
    private RenderScope? scope;
    private int manifestVersion;
    private SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    /// <summary>A site for the study at <paramref name="study"/>; <paramref name="liveReload"/> is added to every page, as <c>serve</c> does.</summary>
    public IncrementalSite(string study, string? liveReload)
    {
        root = Path.GetFullPath(study);
        this.liveReload = liveReload;
    }

    /// <summary>The tracing cache kept for the server's life (a test counts its traces).</summary>
    public TracingCache Tracing => tracingCache;

    /// <summary>The parse cache kept for the server's life (a test counts its parses).</summary>
    public PageParseCache Parsing => parseCache;

    /// <summary>The files of the last build that worked, by path.</summary>
    public SortedDictionary<string, byte[]> Files => files;

    /// <summary>
    /// Brings the site up to date. <paramref name="reported"/> are the paths (absolute) the watcher saw change: read again
    /// whatever their stamps say. Returns null after writing why to <paramref name="errors"/>: the files served stay.
    /// <paramref name="early"/> hears the site with the edited pages' files made, before the shared files are (with the files that changed).
    /// </summary>
    public SiteUpdate? Update(IReadOnlyCollection<string> reported, TextWriter errors, Action<SortedDictionary<string, byte[]>, IReadOnlyList<string>>? early = null)
    {
        var clock = Stopwatch.StartNew();
        var laps = new List<string>();
        void Lap(string stage)
        {
            laps.Add($"{stage} {clock.Elapsed.TotalMilliseconds:0.0} ms");
            clock.Restart();
        }

        var now = FileStamps.Take(root, Outside());
        var changed = new SortedSet<string>(now.Changes(stamps, out bool sameFiles), StringComparer.Ordinal);
        // A reported path that is neither there now nor was before is an editor's passing file (written, then renamed over the
        // page, or deleted): nothing to read. One that is there is read again whatever its stamp says.
        foreach (var path in reported)
        {
            if (now.Contains(path) || stamps.Contains(path)) changed.Add(path);
        }
        Lap("stat");

        var pageEdits = new List<string>();
        bool transcriptsChanged = false;
        bool whole = folder is null || input is null || templates is null || scope is null || !sameFiles || !Classify(changed, now, pageEdits, out transcriptsChanged);
        StudyInput? next = null;
        if (!whole) next = Reread(pageEdits, transcriptsChanged);
        if (next is null)
        {
            whole = true;
            var loaded = StudyLoader.Load(root, out string? error, tracingCache);
            if (loaded is null)
            {
                errors.WriteLine(error);
                return null;
            }
            var templateErrors = new List<Language.Diagnostics.Diagnostic>();
            var loadedTemplates = TemplateSet.Load(loaded.Root, templateErrors, loaded.Transcripts);
            if (loadedTemplates is null)
            {
                FindingsGen.Diagnostics.DiagnosticFormats.WriteText(errors, templateErrors);
                return null;
            }
            folder = loaded;
            templates = loadedTemplates;
            next = loaded.Input;
            manifestVersion++;
            // The manifest may name other private files now (or, on the first build, any at all): stamp them too, so that
            // the next change is compared with what was read (a change in between is still reported by the watcher).
            var before = Outside().ToList();
            input = next;
            if (!Outside().SequenceEqual(before)) now = FileStamps.Take(root, Outside());
        }
        Lap("read");
        int parsedBefore = parseCache.PagesParsed;
        var study = FindingsChecker.Parse(next, parseCache);
        Lap("parse");
        long tracedBefore = tracingCache.QuotationsTraced;
        var result = FindingsChecker.Check(next, study);
        Lap("check");

        bool draft = result.Errors + result.Warnings > 0;
        var nextScope = RenderScope.Of(result, manifestVersion, draft);
        var jobs = RenderStage.Plan(result, templates!, draft, sourceDateEpoch: null, liveReload);
        HashSet<string>? wanted = null;
        if (!whole && scope!.SiteKey == nextScope.SiteKey)
        {
            // Only the files that show the words of a page that changed: its text, its diagnostics or its quotations' traces.
            wanted = new HashSet<string>(StringComparer.Ordinal);
            var pagesTouched = new HashSet<string>(pageEdits, StringComparer.Ordinal);
            foreach (var page in nextScope.PageDigests.Keys.Union(scope.PageDigests.Keys))
            {
                nextScope.PageDigests.TryGetValue(page, out var now1);
                scope.PageDigests.TryGetValue(page, out var before1);
                if (now1 != before1) pagesTouched.Add(page);
            }
            foreach (var page in pagesTouched)
            {
                // The files it was shown on and those it is shown on now (a quotation removed leaves its participant's page).
                wanted.UnionWith(scope.FilesOf(page));
                wanted.UnionWith(nextScope.FilesOf(page));
            }
            jobs = jobs.Where(j => !nextScope.IsPerItem(j.Path) || wanted.Contains(j.Path)).ToList();
        }
        // The pages of what was edited are made first and may be served at once (early): the writer is looking at one of them.
        // The shared files (the overview, the index, the data) follow; all are compared with those served.
        var first = wanted is null ? new List<RenderJob>() : jobs.Where(j => nextScope.IsPerItem(j.Path)).ToList();
        var rest = wanted is null ? jobs : jobs.Where(j => !nextScope.IsPerItem(j.Path)).ToList();
        var updated = wanted is null ? new SortedDictionary<string, byte[]>(StringComparer.Ordinal) : new SortedDictionary<string, byte[]>(files, StringComparer.Ordinal);
        var differ = new List<string>();
        int firstChanged = 0;
        try
        {
            if (first.Count > 0)
            {
                Merge(RenderStage.Execute(first), updated, differ);
                Lap("render edited");
                firstChanged = differ.Count;
                if (early is not null && differ.Count > 0) early(new SortedDictionary<string, byte[]>(updated, StringComparer.Ordinal), differ.ToList());
            }
            var made = RenderStage.Execute(rest);
            Merge(made, updated, differ);
            // A whole rebuild replaces the site: a file it no longer makes is gone, and that is a change too.
            if (wanted is null) differ.AddRange(files.Keys.Where(k => !made.ContainsKey(k)));
        }
        catch (TemplateException failure)
        {
            // The pages already served stay: a broken template is reported, and fixing it rebuilds.
            FindingsGen.Diagnostics.DiagnosticFormats.WriteText(errors, failure.Diagnostics);
            return null;
        }
        Lap("render");
        // What was served early is not reported again.
        var later = differ.Skip(firstChanged).OrderBy(p => p, StringComparer.Ordinal).ToList();
        differ.Sort(StringComparer.Ordinal);

        stamps = now;
        input = next;
        scope = nextScope;
        files = updated;
        return new SiteUpdate(result, differ, later, jobs.Count, whole, parseCache.PagesParsed - parsedBefore, tracingCache.QuotationsTraced - tracedBefore, string.Join(", ", laps));
    }

    /// <summary>Puts <paramref name="made"/> into <paramref name="updated"/>, keeping the served bytes where equal, and lists what differs.</summary>
    private void Merge(SortedDictionary<string, byte[]> made, SortedDictionary<string, byte[]> updated, List<string> differ)
    {
        foreach (var (path, bytes) in made)
        {
            bool same = files.TryGetValue(path, out var served) && served.AsSpan().SequenceEqual(bytes);
            if (!same) differ.Add(path);
            updated[path] = same ? served! : bytes;
        }
    }

    /// <summary>
    /// Sorts the changes into pages (study-relative) and transcripts; false when one is anything else, or a page or
    /// transcript is not a plain change of content (then the study is read again whole).
    /// </summary>
    private bool Classify(IEnumerable<string> changed, FileStamps now, List<string> pageEdits, out bool transcriptsChanged)
    {
        transcriptsChanged = false;
        var pages = new HashSet<string>(input!.Pages.Select(p => p.Key), StringComparer.Ordinal);
        string? transcripts = TranscriptFolder.Locate(root, input.Manifest, TranscriptsOverride());
        foreach (var path in changed)
        {
            if (!now.HasFile(path)) return false;
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (pages.Contains(relative))
            {
                pageEdits.Add(relative);
                continue;
            }
            // A file in the transcripts folder (read again as a load reads it); one that is the study folder, whose files
            // the pattern names, is never taken as a plain transcript change.
            if (transcripts is not null && transcripts != root && path.StartsWith(transcripts + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                transcriptsChanged = true;
                continue;
            }
            return false;
        }
        return true;
    }

    /// <summary>The study input with the changed pages and transcripts read again; null when one cannot be read plainly (then all is read again).</summary>
    private StudyInput? Reread(List<string> pageEdits, bool transcriptsChanged)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pageEdits)
        {
            var read = StudyLoader.ReadStudyFile(root, page);
            if (read.Bytes is not { } bytes || Language.Text.Utf8Text.TryDecode(bytes, out _, out _) is not { } text) return null;
            texts[page] = text;
        }
        var old = input!;
        var next = new StudyInput(old.Manifest, old.ManifestDiagnostics) { Parallelism = old.Parallelism, Tracing = old.Tracing };
        foreach (var page in old.Pages) next.Pages.Add(texts.TryGetValue(page.Key, out var text) ? new KeyValuePair<string, string>(page.Key, text) : page);
        next.PageProblems.AddRange(old.PageProblems);
        next.UnlistedPages.AddRange(old.UnlistedPages);
        if (transcriptsChanged)
        {
            // Every transcript is read again (a stat cannot say which participant a file is): only one whose text changed
            // is indexed again, and only its participant's quotations are traced again.
            var tracing = PrivateData.Read(root, old.Manifest, TranscriptsOverride(), Environment.ProcessorCount);
            tracing.Cache = tracingCache;
            next.Tracing = tracing;
        }
        return next;
    }

    private static string? TranscriptsOverride() => Environment.GetEnvironmentVariable(TranscriptFolder.EnvironmentVariable);

    /// <summary>The private files the study reads outside its folder: the transcripts folder, the group transcripts, the identifiers list, the coding project.</summary>
    private IEnumerable<string> Outside()
    {
        if (input is null) yield break;
        var manifest = input.Manifest;
        if (TranscriptFolder.Locate(root, manifest, TranscriptsOverride()) is { } transcripts) yield return transcripts;
        foreach (var group in GroupTranscripts.Paths(root, manifest)) yield return Path.GetFullPath(group);
        if (PrivateData.IdentifiersPath(root, manifest) is { } identifiers) yield return identifiers;
        // A project changed in the QDA package and exported again is read again (a whole rebuild: it is not a page or a transcript).
        if (FindingsGen.Files.Coding.CodingFiles.ProjectPath(root, manifest, null) is { } coding) yield return coding;
    }
}
