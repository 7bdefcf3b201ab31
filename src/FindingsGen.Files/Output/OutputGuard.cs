using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FindingsGen.Files.Output;

/// <summary>
/// Decides whether a folder may receive the site. A build replaces its output folder whole, so the folder must be
/// ours alone: never the study or anything the study is made of (its manifest, pages, transcripts, templates,
/// identifiers, lock), never a folder that holds or lies inside one of those, and never a folder holding anything
/// FindingsGen did not write. Paths are compared after resolving symbolic links, so a link into the study counts.
/// </summary>
public static class OutputGuard
{
    /// <summary>Something of the study's that the output may not contain (nor, for a folder, lie inside).</summary>
    /// <param name="Path">Its full path.</param>
    /// <param name="What">What it is, for the message ("the transcripts folder").</param>
    /// <param name="IsFolder">A folder: the output may not be inside it either.</param>
    public sealed record Guarded(string Path, string What, bool IsFolder);

    /// <summary>Why the site may not be written to <paramref name="output"/>, or null when it may.</summary>
    public static string? Refusal(string output, string studyRoot, IEnumerable<Guarded> guarded)
    {
        string o = RealPath.ResolveOrAsWritten(output), s = RealPath.ResolveOrAsWritten(studyRoot);
        if (Path.GetPathRoot(o) is { } root && Trim(root) == o) return "it is a filesystem root";
        if (o == s) return "it is the study folder";
        if (Inside(o, s)) return "it contains the study folder";
        foreach (var item in guarded)
        {
            string g;
            try
            {
                g = RealPath.ResolveOrAsWritten(item.Path);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                continue; // a path no file can have (check reports it): there is nothing there to protect
            }
            if (g == o) return $"it is {item.What}";
            if (Inside(o, g)) return $"it contains {item.What}";
            // Inside a folder of the study's own (its transcripts, its templates) — unless that folder is the study
            // itself or holds it, where every output inside the study would be "inside" it.
            if (item.IsFolder && Inside(g, o) && g != s && !Inside(g, s)) return $"it is inside {item.What}";
        }
        var link = new FileInfo(Trim(Path.GetFullPath(output)));
        if (link.LinkTarget is { } target) return $"it is a symbolic link (to '{target}'); name a real folder";
        if (File.Exists(o)) return "it is a file";
        if (!Directory.Exists(o)) return null;
        if (Directory.Exists(Path.Combine(o, ".git")) || File.Exists(Path.Combine(o, ".git"))) return "it holds a .git repository";
        if (!Directory.EnumerateFileSystemEntries(o).Any()) return null;
        var marker = SiteMarker.Read(o);
        if (marker is null) return "it is not empty and was not written by FindingsGen";
        var foreign = SiteMarker.NotListed(o, marker).Take(3).ToList();
        if (foreign.Count > 0) return $"it holds files FindingsGen did not write ({string.Join(", ", foreign)}); move them out first";
        return null;
    }

    /// <summary>True when <paramref name="path"/> lies strictly inside <paramref name="folder"/> (both full, trimmed).</summary>
    private static bool Inside(string folder, string path)
    {
        string prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string Trim(string path) => path.Length > 1 ? Path.TrimEndingDirectorySeparator(path) : path;
}
