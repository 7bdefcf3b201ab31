using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FindingsGen.Site.Stages;

/// <summary>
/// Stage 5, write: the site into a temporary sibling folder, then swapped in, so an interrupted build leaves
/// the previous site intact. Only a folder FindingsGen wrote (it carries a marker file) is ever replaced, and
/// never the study folder, a folder that contains it, one that holds a .git, or a filesystem root.
/// A file whose bytes are the same as in the previous site is hard-linked from it instead of written again:
/// the old folder is never changed (a new file is always a new file), and a rebuild creates no inodes for
/// unchanged pages, which on a journalling file system is most of the cost of writing a site.
/// </summary>
public static class WriteStage
{
    /// <summary>The file that marks a folder as a FindingsGen site.</summary>
    public const string Marker = ".findingsgen-site";

    /// <summary>Why <paramref name="output"/> may not be written, or null when it may.</summary>
    public static string? Refusal(string output, string studyRoot)
    {
        string o = Trim(Path.GetFullPath(output)), s = Trim(Path.GetFullPath(studyRoot));
        if (Path.GetPathRoot(o) is { } root && Trim(root) == o) return "it is a filesystem root";
        if (o == s) return "it is the study folder";
        if (Files.FolderPaths.IsInside(o, s)) return "it contains the study folder";
        if (Directory.Exists(o))
        {
            if (Directory.Exists(Path.Combine(o, ".git")) || File.Exists(Path.Combine(o, ".git"))) return "it holds a .git repository";
            if (!File.Exists(Path.Combine(o, Marker)) && Directory.EnumerateFileSystemEntries(o).Any()) return "it is not empty and was not written by FindingsGen";
        }
        else if (File.Exists(o))
        {
            return "it is a file";
        }
        return null;
    }

    /// <summary>Writes the files, then swaps the new site in for the old one.</summary>
    public static void Run(string output, IReadOnlyDictionary<string, byte[]> files)
    {
        string target = Trim(Path.GetFullPath(output));
        string parent = Path.GetDirectoryName(target)!;
        string name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);

        string building = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(building);
        bool previous = File.Exists(Path.Combine(target, Marker)) && new DirectoryInfo(target).LinkTarget is null;
        // Folders first, and which of the old site's folders may be linked from; then the files, on every core.
        var list = files.Select(f => (Relative: f.Key.Replace('/', Path.DirectorySeparatorChar), Bytes: f.Value)).ToList();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var realOldFolders = new Dictionary<string, bool>(StringComparer.Ordinal);
        var linkable = new bool[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            string folder = Path.GetDirectoryName(list[i].Relative) ?? "";
            if (folders.Add(folder)) Directory.CreateDirectory(Path.Combine(building, folder));
            linkable[i] = previous && IsRealFolder(target, folder, realOldFolders);
        }
        System.Threading.Tasks.Parallel.For(0, list.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (relative, bytes) = list[i];
            string path = Path.Combine(building, relative), oldPath = Path.Combine(target, relative);
            if (linkable[i] && Unchanged(oldPath, bytes) && HardLink.TryCreate(oldPath, path)) return;
            File.WriteAllBytes(path, bytes);
        });
        File.WriteAllText(Path.Combine(building, Marker), "This folder was written by FindingsGen and is replaced by every build.\n");

        string? old = null;
        if (Directory.Exists(target))
        {
            old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
            Directory.Move(target, old);
        }
        Directory.Move(building, target);
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    /// <summary>Whether <paramref name="relative"/> under <paramref name="root"/> is a folder of the old site itself, with no link on the way out of it.</summary>
    private static bool IsRealFolder(string root, string relative, Dictionary<string, bool> known)
    {
        if (relative.Length == 0) return true;
        if (known.TryGetValue(relative, out bool real)) return real;
        var info = new DirectoryInfo(Path.Combine(root, relative));
        real = info.Exists && info.LinkTarget is null && (info.Attributes & FileAttributes.ReparsePoint) == 0
            && IsRealFolder(root, Path.GetDirectoryName(relative) ?? "", known);
        known[relative] = real;
        return real;
    }

    /// <summary>Whether <paramref name="path"/> is a regular file (not a link) holding exactly <paramref name="bytes"/>.</summary>
    private static bool Unchanged(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || (info.Attributes & FileAttributes.ReparsePoint) != 0 || info.Length != bytes.Length) return false;
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes.Length);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            int read = 0, n;
            while (read < bytes.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read)) > 0) read += n;
            return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        // An interrupted build leaves its temporary folder (always marked as ours): remove it next time.
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.building-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
        {
            if (File.Exists(Path.Combine(leftover, Marker)) || !Directory.EnumerateFileSystemEntries(leftover).Any()) Directory.Delete(leftover, recursive: true);
        }
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
