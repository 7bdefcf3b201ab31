using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>Which files of a study folder are its pages. Pure: both hosts pass the paths they see.</summary>
public static class StudyLayout
{
    /// <summary>The output folder a build writes by default; never read as input.</summary>
    public const string SiteFolder = "_site";

    /// <summary>
    /// The pages in reading order: those of <c>pages:</c> when listed (missing ones are reported by the host),
    /// else every <c>*.md</c> sorted by path, leaving out <c>_site/</c>, <c>_templates/</c>, hidden and build
    /// folders, and the transcripts folder (transcripts may be <c>.md</c> too and must never be published).
    /// </summary>
    public static IReadOnlyList<string> SelectPages(StudyManifest manifest, IEnumerable<string> markdownPaths)
    {
        if (manifest.Pages is { } listed) return listed.Select(p => Normalize(p.Path)).ToList();
        string? transcripts = TranscriptFolder(manifest);
        return markdownPaths
            .Select(Normalize)
            .Where(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Where(p => !IsExcluded(p, transcripts))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
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

    /// <summary>The FG0202 problem for a page listed in <c>pages:</c> that does not exist.</summary>
    public static FileProblem MissingPage(PageEntry entry) => new(
        new Diagnostics.SourceLocation(StudyManifest.FileName, entry.Line, entry.Column, entry.Line, entry.Column + entry.Length),
        $"the page '{Normalize(entry.Path)}' listed in pages: does not exist in the study folder");

    /// <summary>Forward slashes, no leading <c>./</c>.</summary>
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path.Substring(2);
        return path;
    }

    private static bool IsExcluded(string path, string? transcripts)
    {
        var parts = path.Split('/');
        for (int i = 0; i < parts.Length - 1; i++)
        {
            string part = parts[i];
            if (part == SiteFolder || part == "_templates" || part.StartsWith(".", StringComparison.Ordinal) || part == "bin" || part == "obj" || part == "node_modules") return true;
        }
        return transcripts is not null && (path.StartsWith(transcripts + "/", StringComparison.Ordinal));
    }
}
