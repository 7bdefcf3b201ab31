using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Files;

/// <summary>
/// What a study folder holds, found without ever going round in circles: a linked folder is followed once (a link
/// to <c>.</c> or to a parent would otherwise be walked forever), and a linked folder that leads outside the study
/// is not walked, only looked into, so that its pages are named and then refused by <see cref="ContainedFile"/>
/// rather than passed over in silence.
/// </summary>
internal static class StudyTree
{
    /// <summary>Study-relative paths (with the platform's separators) of the files ending in one of <paramref name="extensions"/>.</summary>
    public static List<string> Find(string root, params string[] extensions)
    {
        var found = new List<string>();
        string lexicalRoot = Path.GetFullPath(root);
        string realRoot = RealPath.Resolve(lexicalRoot) ?? lexicalRoot;
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string Lexical, string Real)>();
        pending.Push((lexicalRoot, realRoot));
        while (pending.Count > 0)
        {
            var (lexical, real) = pending.Pop();
            foreach (var entry in Entries(lexical))
            {
                string path = Path.Join(lexical, entry.Name);
                if (entry is not DirectoryInfo)
                {
                    if (Matches(entry.Name, extensions)) found.Add(Path.GetRelativePath(lexicalRoot, path));
                    continue;
                }
                string? realChild = entry.LinkTarget is null ? Path.Join(real, entry.Name) : RealPath.Resolve(path);
                if (realChild is null) continue; // a loop of links: nothing to find
                if (!FolderPaths.IsInside(realRoot, realChild))
                {
                    // Outside the study: name what looks like a page here, for the reader to refuse; walk no further.
                    foreach (var inner in Entries(path))
                    {
                        if (inner is not DirectoryInfo && Matches(inner.Name, extensions)) found.Add(Path.GetRelativePath(lexicalRoot, Path.Join(path, inner.Name)));
                    }
                    continue;
                }
                if (visited.Add(realChild)) pending.Push((path, realChild));
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// The files ending in one of <paramref name="pageExtensions"/> and every findings.yml, the study's own included, in one
    /// walk: what <c>StudyLayout.Select</c> takes to tell the pages from those of another study inside this one.
    /// </summary>
    public static List<string> PagesAndManifests(string studyRoot, IEnumerable<string> pageExtensions) =>
        Find(studyRoot, pageExtensions.Append("/" + StudyManifest.FileName).ToArray());

    /// <summary>
    /// The manifests of other studies inside the study folder (study-relative, e.g. <c>translated/findings.yml</c>):
    /// a folder with its own findings.yml is a study of its own, and its pages are not this study's.
    /// </summary>
    public static IReadOnlyList<string> NestedManifests(string studyRoot) =>
        Find(studyRoot, "/" + StudyManifest.FileName)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => f != StudyManifest.FileName)
            .ToList();

    private static bool Matches(string name, string[] extensions)
    {
        foreach (var extension in extensions)
        {
            // An extension starting with '/' names a whole file name (findings.yml), not an ending.
            if (extension.StartsWith("/", StringComparison.Ordinal) ? name == extension.Substring(1) : name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true; // Discussion.MD is a page too
        }
        return false;
    }

    private static IEnumerable<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<FileSystemInfo>(); // a folder that cannot be listed holds nothing that can be read
        }
    }
}
