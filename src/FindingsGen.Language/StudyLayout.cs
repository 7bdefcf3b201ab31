using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Rules;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>Which files of a study folder are its pages. Pure: both hosts pass the paths they see.</summary>
public static class StudyLayout
{
    /// <summary>The output folder a build writes by default; never read as input.</summary>
    public const string SiteFolder = "_site";

    /// <summary>The study's top-level folder where transcripts usually live; never searched for pages.</summary>
    public const string UsualTranscriptsFolder = "transcripts";

    /// <summary>The extensions of page files.</summary>
    public static readonly string[] PageExtensions = { ".md", ".qmd" };

    /// <summary>True when the path names a page file (<c>*.md</c> or <c>*.qmd</c>), whatever folder it is in.</summary>
    public static bool IsPageFile(string path) =>
        PageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The pages in reading order: those of <c>pages:</c> when listed (missing ones are reported by the host), else
    /// every <c>*.md</c> and <c>*.qmd</c> sorted by path, except a <c>README.md</c> and the pages of another study in a
    /// subfolder (one with its own findings.yml). Never a page, listed or not: a file below <c>_site/</c>,
    /// <c>_templates/</c>, a hidden folder, <c>bin/</c>, <c>obj/</c> or <c>node_modules/</c>, and a transcript (a file
    /// in the transcripts folder or named by <c>transcripts.path</c>; transcripts may be <c>.md</c> and must never be
    /// published). With <c>pages:</c> given, every other page file is reported as not read (FG0203). When the manifest
    /// is not readable, nothing is selected.
    /// </summary>
    /// <param name="manifest">The manifest as read.</param>
    /// <param name="files">
    /// Every page file the host sees in the study folder, and the findings.yml of any other study inside it
    /// (study-relative; other files are ignored).
    /// </param>
    /// <param name="transcriptFolders">
    /// Study-relative folders the host reads transcripts from besides <c>transcripts.path</c>'s (FINDINGS_TRANSCRIPTS
    /// pointing inside the study): nothing in them is a page either.
    /// </param>
    public static PageSelection Select(StudyManifest manifest, IEnumerable<string> files, IEnumerable<string>? transcriptFolders = null)
    {
        var hostTranscripts = (transcriptFolders ?? Enumerable.Empty<string>()).Select(f => Normalize(f).TrimEnd('/') + "/").Where(f => f != "/").ToList();
        bool InHostTranscripts(string path) => hostTranscripts.Any(f => path.StartsWith(f, StringComparison.Ordinal));
        var empty = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        if (!manifest.IsReadable) return new PageSelection(new string[0], empty, new Diagnostic[0], new string[0]);

        var all = files.Select(Normalize).ToList();
        // A folder with its own findings.yml is another study (the example's translated/): its pages are not ours.
        var nested = all
            .Where(p => p.EndsWith("/" + StudyManifest.FileName, StringComparison.Ordinal))
            .Select(p => p.Substring(0, p.Length - StudyManifest.FileName.Length))
            .ToList();
        var candidates = all
            .Where(IsPageFile)
            .Where(p => !IsExcluded(p) && !IsTranscript(manifest, p) && !InHostTranscripts(p) && !IsReadme(p) && !nested.Any(n => p.StartsWith(n, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var problems = new List<Diagnostic>();
        if (manifest.Pages is not { } listed)
        {
            if (candidates.Count == 0) problems.Add(NoPages("no *.md or *.qmd file was found in the study folder (transcripts, _site/ and hidden folders are not pages)"));
            return new PageSelection(candidates, empty, problems, new string[0]);
        }

        var pages = new List<string>();
        var entries = new Dictionary<string, PageEntry>(StringComparer.Ordinal);
        foreach (var entry in listed)
        {
            string path = Normalize(entry.Path);
            // A page is a path inside the study, spelled one way: "a/../transcripts/T5.md" would slip past every check by name.
            if (path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':') || path.Split('/').Contains(".."))
            {
                problems.Add(FG0202MissingPage.At(EntryLocation(entry),
                    $"'{ManifestReader.Shorten(path)}' listed in pages: is not a path inside the study folder ('..' and absolute paths are refused); name the page by its path from the study folder"));
                continue;
            }
            if (IsTranscript(manifest, path) || InHostTranscripts(path))
            {
                problems.Add(FG0202MissingPage.At(EntryLocation(entry),
                    $"'{ManifestReader.Shorten(path)}' listed in pages: is a transcript (transcripts.path names it); a transcript is never a page: remove it from pages:"));
                continue;
            }
            pages.Add(path);
            entries[path] = entry;
        }
        if (listed.Count == 0) problems.Add(NoPages("pages: lists no page"));
        var unlisted = candidates.Where(p => !entries.ContainsKey(p)).ToList();
        return new PageSelection(pages, entries, problems, unlisted);
    }

    /// <summary>The study-relative folder part of <c>transcripts.path</c>, or null when it lies outside the study.</summary>
    public static string? TranscriptFolder(StudyManifest manifest)
    {
        var path = manifest.Transcripts?.Path;
        if (path is null) return null;
        path = Normalize(path);
        int slash = path.LastIndexOf('/');
        if (slash <= 0) return null;
        string folder = path.Substring(0, slash);
        return folder.StartsWith("../", StringComparison.Ordinal) || folder.StartsWith("/", StringComparison.Ordinal) ? null : folder;
    }

    /// <summary>
    /// True when <paramref name="path"/> (study-relative) is a transcript or lies in the transcripts folder: the folder
    /// part of <c>transcripts.path</c> when it is a folder of the study, any file the whole pattern names for a participant,
    /// or a group transcript <c>transcripts.groups</c> names.
    /// </summary>
    public static bool IsTranscript(StudyManifest manifest, string path)
    {
        if (manifest.Transcripts?.Path is not { } written) return false;
        path = Normalize(path);
        // A group transcript (transcripts.groups) is a transcript too: never a page, never published.
        foreach (var group in manifest.Transcripts.Groups)
        {
            if (TranscriptPattern.Glob(Normalize(group), path)) return true;
        }
        string pattern = Normalize(written);
        string? folder = TranscriptFolder(manifest);
        // A folder part with * or {id} (transcripts/{id}/interview.*) names several folders: the pattern decides then.
        if (folder is not null && folder.IndexOf('*') < 0 && folder.IndexOf("{id}", StringComparison.Ordinal) < 0)
        {
            if (path.StartsWith(folder + "/", StringComparison.Ordinal)) return true;
        }
        // The pattern's text before its first {id} or * must begin the path; most paths fail here, before any
        // participant is tried (a study may have thousands of pages and participants).
        int wild = pattern.IndexOf('*');
        int id = pattern.IndexOf("{id}", StringComparison.Ordinal);
        int literal = wild < 0 ? id : id < 0 ? wild : Math.Min(wild, id);
        if (literal > 0 && string.CompareOrdinal(path, 0, pattern, 0, literal) != 0) return false;
        return TranscriptPattern.MatchesAny(pattern, manifest.Participants.Select(p => p.Id), path);
    }

    /// <summary>
    /// The FG0202 problem for a page listed in <c>pages:</c> that the host found to be a transcript by what the file is
    /// (a link to one, another name of the same file); <paramref name="sameAs"/> names the transcript.
    /// </summary>
    public static Diagnostic TranscriptPage(PageEntry entry, string sameAs) => FG0202MissingPage.At(
        EntryLocation(entry),
        $"'{ManifestReader.Shorten(Normalize(entry.Path))}' listed in pages: is a transcript (the same file as '{ManifestReader.Shorten(sameAs)}'); a transcript is never a page: remove it from pages:");

    /// <summary>The FG0202 problem for a page listed in <c>pages:</c> that does not exist.</summary>
    public static Diagnostic MissingPage(PageEntry entry) => FG0202MissingPage.At(
        EntryLocation(entry),
        $"the page '{ManifestReader.Shorten(Normalize(entry.Path))}' listed in pages: does not exist in the study folder");

    /// <summary>Forward slashes, no leading <c>./</c>.</summary>
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path.Substring(2);
        return path;
    }

    private static SourceLocation EntryLocation(PageEntry entry) =>
        new(StudyManifest.FileName, entry.Line, entry.Column, entry.Line, entry.Column + entry.Length);

    private static Diagnostic NoPages(string why) =>
        FG0202MissingPage.At(new SourceLocation(StudyManifest.FileName, 1, 1, 1, 2), "the study has no pages: " + why + "; nothing would be checked");

    /// <summary>
    /// A README.md documents the folder it is in (GitHub shows it there; the example study has one): it is not taken
    /// for a page, nor reported as one not read. It is read when <c>pages:</c> lists it.
    /// </summary>
    private static bool IsReadme(string path)
    {
        int slash = path.LastIndexOf('/');
        return string.Equals(path.Substring(slash + 1), "README.md", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsExcluded(string path)
    {
        var parts = path.Split('/');
        for (int i = 0; i < parts.Length - 1; i++)
        {
            string part = parts[i];
            if (part == SiteFolder || part == "_templates" || part.StartsWith(".", StringComparison.Ordinal) || part == "bin" || part == "obj" || part == "node_modules") return true;
            // The usual place for transcripts is never searched for pages, whatever transcripts.path says (or when the
            // manifest has none): a transcript kept there out of habit must not be published as a page.
            if (i == 0 && string.Equals(part, UsualTranscriptsFolder, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
