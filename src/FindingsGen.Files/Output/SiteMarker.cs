using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FindingsGen.Files.Output;

/// <summary>
/// The file that marks a folder as a site FindingsGen wrote, and lists the files it wrote there. A build writes it
/// first, before any page, so that even a build killed half-way leaves a folder the next build knows to be its own;
/// and only a folder holding nothing but the files its marker lists is ever replaced or removed.
/// </summary>
internal sealed class SiteMarker
{
    /// <summary>The marker's file name.</summary>
    public const string FileName = ".findingsgen-site";

    private const string Header = "This folder was written by FindingsGen and is replaced by every build.";
    private const string ListLine = "The files it wrote here:";

    private SiteMarker(HashSet<string>? files) => Files = files;

    /// <summary>The files listed (relative, with '/'), or null for a marker of an older FindingsGen that lists none.</summary>
    public IReadOnlySet<string>? Files { get; }

    /// <summary>
    /// Creates the marker of a new folder, listing <paramref name="files"/> (relative, with '/'), and holds it until disposed: while it is held, another build sees the
    /// folder as in use, not as a leftover (it cannot read the marker), and leaves it alone. A killed build's hold
    /// ends with it. Throws <see cref="DirectoryNotFoundException"/> when the folder is gone (another build took the
    /// empty folder for a leftover): make another.
    /// </summary>
    public static IDisposable Create(string folder, IEnumerable<string> files)
    {
        var text = new StringBuilder(Header).Append('\n').Append(ListLine).Append('\n');
        foreach (var file in files) text.Append(file).Append('\n');
        var stream = new FileStream(Path.Combine(folder, FileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        try
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text.ToString()));
            stream.Flush();
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The marker of <paramref name="folder"/>, or null when it has none (or it cannot be read).</summary>
    public static SiteMarker? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null) return null;
        string[] lines;
        try
        {
            // Held by a build writing the folder: it is in use, not a leftover.
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // An empty marker is one a build was killed creating: it lists nothing, so only a folder holding nothing else goes.
        if (lines.Length == 0) return new SiteMarker(new HashSet<string>(StringComparer.Ordinal));
        int list = Array.IndexOf(lines, ListLine);
        return new SiteMarker(list < 0 ? null : new HashSet<string>(lines.Skip(list + 1).Where(l => l.Length > 0), StringComparer.Ordinal));
    }

    /// <summary>
    /// Everything below <paramref name="folder"/> that its marker does not list (relative paths): files, links of any
    /// kind, and anything that cannot be looked at. Nothing for an older marker that lists no files.
    /// </summary>
    public static IEnumerable<string> NotListed(string folder, SiteMarker marker)
    {
        if (marker.Files is null) yield break;
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                entries = null!;
            }
            if (entries is null)
            {
                yield return Relative(folder, current) + "/";
                continue;
            }
            foreach (var entry in entries)
            {
                string relative = Relative(folder, entry.FullName);
                if (entry.LinkTarget is not null) yield return relative;
                else if (entry is DirectoryInfo) pending.Push(entry.FullName);
                else if (relative != FileName && !marker.Files.Contains(relative)) yield return relative;
            }
        }
    }

    /// <summary>
    /// Removes a folder of ours, the marker last: a removal cut short leaves a folder still marked, which the next
    /// build removes in turn. A folder holding anything its marker does not list is left alone; returns whether it was removed.
    /// </summary>
    public static bool Remove(string folder)
    {
        var marker = Read(folder);
        if (marker is null || NotListed(folder, marker).Any()) return false;
        try
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList())
            {
                if (entry.Name == FileName) continue;
                if (entry is DirectoryInfo directory) directory.Delete(recursive: true);
                else entry.Delete();
            }
            File.Delete(Path.Combine(folder, FileName));
            Directory.Delete(folder);
        }
        catch (DirectoryNotFoundException)
        {
            // Another build, started at the same time, is removing the same leftover.
        }
        return true;
    }

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
