using System;
using System.IO;

namespace FindingsGen.Files;

/// <summary>What is at a path, for the commands that must never write over anything (import, export).</summary>
public static class PathEntry
{
    /// <summary>A file, a folder or a link (even a dangling one) at <paramref name="path"/>; true when it cannot be told.</summary>
    public static bool Exists(string path)
    {
        if (File.Exists(path) || Directory.Exists(path)) return true;
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // cannot tell: treat it as there, so nothing is written over it
        }
    }

    /// <summary>True when <paramref name="path"/> is a file (or a link to one).</summary>
    public static bool IsFile(string path) => File.Exists(path);
}
