using System;
using System.IO;

namespace FindingsGen.Files;

/// <summary>Whether a path lies in a folder, after resolving "..": the one check behind every "never outside" rule.</summary>
internal static class FolderPaths
{
    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsInside(string folder, string path)
    {
        string f = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        string p = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return p == f || p.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
