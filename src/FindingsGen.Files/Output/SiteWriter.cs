using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FindingsGen.Files.Output;

/// <summary>
/// Writes a rendered site: into a temporary sibling folder, then swapped in, so an interrupted build leaves
/// the previous site intact. Only a folder FindingsGen wrote and that holds nothing else (its marker file lists what
/// it wrote) is ever replaced; <see cref="OutputGuard"/> says which folders may be written at all.
/// A file whose bytes are the same as in the previous site is hard-linked from it instead of written again:
/// the old folder is never changed (a new file is always a new file), and a rebuild creates no inodes for
/// unchanged pages, which on a journalling file system is most of the cost of writing a site.
/// </summary>
public static class SiteWriter
{
    /// <summary>The file that marks a folder as a FindingsGen site (see <see cref="SiteMarker"/>).</summary>
    public const string Marker = SiteMarker.FileName;

    /// <summary>Writes the files, then swaps the new site in for the old one.</summary>
    public static void Run(string output, IReadOnlyDictionary<string, byte[]> files)
    {
        var list = files.ToList();
        using var site = Begin(output, list.Select(f => f.Key).ToList());
        System.Threading.Tasks.Parallel.For(0, list.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => site.Write(i, list[i].Value));
        site.Commit();
    }

    /// <summary>
    /// Starts writing a site of the files <paramref name="paths"/> (relative, '/'-separated): its temporary folder, marked and
    /// holding every folder the files need, next to <paramref name="output"/>. Each file is then written as it is made
    /// (<see cref="PendingSite.Write"/>) and the site swapped in whole (<see cref="PendingSite.Commit"/>); disposing it
    /// uncommitted leaves nothing behind.
    /// </summary>
    public static PendingSite Begin(string output, IReadOnlyList<string> paths)
    {
        string target = Trim(Path.GetFullPath(output));
        string parent = Path.GetDirectoryName(target)!;
        string name = Path.GetFileName(target);
        // The parent folders this build makes, deepest first: a build that fails removes them again.
        var createdParents = new List<string>();
        for (string? folder = parent; folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)) createdParents.Add(folder);
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name);

        // The marker first, held while the folder is written: a build killed from here on leaves a folder the next
        // one recognises as its own and removes, and a build started meanwhile leaves it alone.
        string building = "";
        IDisposable? claim = null;
        for (int attempt = 0; claim is null; attempt++)
        {
            building = Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
            Directory.CreateDirectory(building);
            try
            {
                claim = SiteMarker.Create(building, paths.OrderBy(p => p, StringComparer.Ordinal)); // listed in order, whatever order they are made in
            }
            catch (DirectoryNotFoundException) when (attempt < 5)
            {
                // Another build took the empty folder for a killed build's leftover and removed it: make another.
            }
        }
        try
        {
            // Folders first, and which of the old site's folders may be linked from.
            bool previous = File.Exists(Path.Combine(target, Marker)) && new DirectoryInfo(target).LinkTarget is null;
            var relative = new string[paths.Count];
            var folders = new HashSet<string>(StringComparer.Ordinal);
            var realOldFolders = new Dictionary<string, bool>(StringComparer.Ordinal);
            var linkable = new bool[paths.Count];
            for (int i = 0; i < paths.Count; i++)
            {
                relative[i] = paths[i].Replace('/', Path.DirectorySeparatorChar);
                // Every file name is one the site made itself (slugs, fixed names); one that would leave the folder is a bug of ours.
                if (!Files.FolderPaths.IsInside(building, Path.Combine(building, relative[i]))) throw new InvalidOperationException("a site file outside the site");
                string folder = Path.GetDirectoryName(relative[i]) ?? "";
                if (folders.Add(folder)) Directory.CreateDirectory(Path.Combine(building, folder));
                linkable[i] = previous && IsRealFolder(target, folder, realOldFolders);
            }
            return new PendingSite(building, target, claim, relative, linkable, createdParents);
        }
        catch
        {
            claim.Dispose();
            try { SiteMarker.Remove(building); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>Puts the written folder <paramref name="building"/> in <paramref name="target"/>'s place and removes the previous site.</summary>
    internal static void SwapIn(string building, string target)
    {
        if (Directory.Exists(target) && FolderSwap.TryExchange(building, target))
        {
            // The new site took the name in one step; the old one now has the temporary name, marked, and goes.
            SiteMarker.Remove(building);
            return;
        }
        string parent = Path.GetDirectoryName(target)!, name = Path.GetFileName(target);
        string? old = null;
        if (Directory.Exists(target))
        {
            old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
            Directory.Move(target, old);
        }
        Directory.Move(building, target);
        if (old is not null) SiteMarker.Remove(old);
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
    internal static bool Unchanged(string path, ReadOnlySpan<byte> bytes)
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
        // An interrupted build leaves its temporary folder (marked as ours before anything else is written in it), or
        // the previous site it had not finished removing: remove them now. A folder of that name that is not clearly
        // ours (no marker, or files the marker does not list, or a link) is left alone.
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.building-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")).ToList())
        {
            if (new DirectoryInfo(leftover).LinkTarget is not null) continue;
            try
            {
                if (!Directory.EnumerateFileSystemEntries(leftover).Any()) Directory.Delete(leftover);
                else SiteMarker.Remove(leftover);
            }
            catch (IOException)
            {
                // Another build is using it (it has just made it, or is removing it too): leave it to that build.
            }
        }
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
