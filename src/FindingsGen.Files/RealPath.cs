using System;
using System.Collections.Generic;
using System.IO;

namespace FindingsGen.Files;

/// <summary>
/// A path with every symbolic link resolved, in every component (a linked folder in the middle of the path
/// as much as a linked file at its end), as the operating system will follow them when the file is opened.
/// "Is this file inside that folder?" is only true of resolved paths: lexically, <c>study/notes.md</c> is
/// inside <c>study/</c> even when it is a link to <c>/etc/hostname</c>.
/// </summary>
internal static class RealPath
{
    /// <summary>Links followed before giving up, as the Linux kernel does (a loop never ends otherwise).</summary>
    public const int MaxLinks = 40;

    /// <summary>
    /// The full path with every symbolic link on the way resolved (as far as the path exists; the rest is kept as written).
    /// A loop of links, or a path that cannot be looked at, is kept as written: for comparing paths, never for opening one.
    /// </summary>
    public static string ResolveOrAsWritten(string path)
    {
        try
        {
            return Resolve(path) ?? TrimEnd(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return TrimEnd(Path.GetFullPath(path));
        }
    }

    private static string TrimEnd(string path) => path.Length > 1 ? Path.TrimEndingDirectorySeparator(path) : path;

    /// <summary>
    /// The resolved absolute path, or null when a chain of links is too long (a loop). Components that do
    /// not exist are kept as they are, so a missing file resolves to where it would be.
    /// </summary>
    public static string? Resolve(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>();
        Push(pending, full.Substring(current.Length));
        int links = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            string next = Path.Join(current, part);
            string? target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A relative target is relative to the folder holding the link, which is where we are.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
                target = target.Substring(current.Length);
            }
            Push(pending, target);
        }
        return current;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (int i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
