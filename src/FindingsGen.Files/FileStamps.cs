using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FindingsGen.Files;

/// <summary>
/// The size and last-write time of every file a rebuild may read: the study folder (less what the server itself ignores:
/// <c>_site</c>, <c>bin</c>, <c>obj</c> and hidden entries at the top) and the private files the manifest points outside
/// it (a transcripts folder, the identifiers list). Taken before every rebuild, it is how <c>serve</c> knows what changed
/// even when the file system watcher missed an event: a stat of each file, never a read.
/// </summary>
public sealed class FileStamps
{
    private readonly Dictionary<string, (long Length, long Ticks)> stamps;

    private FileStamps(Dictionary<string, (long Length, long Ticks)> stamps) => this.stamps = stamps;

    /// <summary>No file: what the first build compares with (everything differs).</summary>
    public static FileStamps None { get; } = new(new Dictionary<string, (long, long)>(StringComparer.Ordinal));

    /// <summary>How many files are stamped.</summary>
    public int Count => stamps.Count;

    /// <summary>Stamps the study folder <paramref name="root"/> (absolute) and the <paramref name="outside"/> files and folders (absolute).</summary>
    public static FileStamps Take(string root, IEnumerable<string> outside)
    {
        var stamps = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0, ReturnSpecialDirectories = false };
        void Walk(string folder, bool top, int depth)
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
            foreach (var entry in entries)
            {
                if (top && Ignored(entry.Name)) continue;
                if (entry is DirectoryInfo directory)
                {
                    // A linked folder is stamped as the link (its target may be anywhere, or this folder again): a change
                    // inside one is seen by the watcher's event, or by the full rebuild any other change makes.
                    if (directory.LinkTarget is null && depth < 64) Walk(directory.FullName, false, depth + 1);
                    else stamps[directory.FullName] = (-1, 0);
                    continue;
                }
                stamps[entry.FullName] = Stamp(entry);
            }
        }
        Walk(root, true, 0);
        foreach (var path in outside)
        {
            if (stamps.ContainsKey(path)) continue;
            if (Directory.Exists(path))
            {
                if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) Walk(path, false, 0);
            }
            else
            {
                var file = new FileInfo(path);
                stamps[path] = file.Exists ? Stamp(file) : (-2, 0);
            }
        }
        return new FileStamps(stamps);
    }

    /// <summary>Whether the server ignores a change to this top-level entry of the study folder (it never reads it).</summary>
    public static bool Ignored(string topLevelName) =>
        topLevelName.StartsWith("_site", StringComparison.Ordinal) || topLevelName == "obj" || topLevelName == "bin" || topLevelName.StartsWith(".", StringComparison.Ordinal);

    /// <summary>The files that differ between <paramref name="before"/> and this: changed, added or gone (absolute paths, sorted).</summary>
    public IReadOnlyList<string> Changes(FileStamps before, out bool sameFiles)
    {
        var changed = new List<string>();
        sameFiles = stamps.Count == before.stamps.Count;
        foreach (var (path, stamp) in stamps)
        {
            if (!before.stamps.TryGetValue(path, out var old))
            {
                sameFiles = false;
                changed.Add(path);
            }
            else if (old != stamp) changed.Add(path);
        }
        foreach (var path in before.stamps.Keys)
        {
            if (!stamps.ContainsKey(path)) changed.Add(path);
        }
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    /// <summary>Whether <paramref name="path"/> is stamped at all (a file, a folder, a link).</summary>
    public bool Contains(string path) => stamps.ContainsKey(path);

    /// <summary>Whether <paramref name="path"/> is stamped as a file (it exists and is not a folder).</summary>
    public bool HasFile(string path) => stamps.TryGetValue(path, out var stamp) && stamp.Length >= 0;

    private static (long, long) Stamp(FileSystemInfo entry)
    {
        // A link to a file is stamped as its target: editing the target is a change of the page it is.
        if (entry.LinkTarget is not null)
        {
            var target = new FileInfo(entry.FullName);
            try
            {
                var resolved = target.ResolveLinkTarget(true);
                if (resolved is FileInfo { Exists: true } real) return (real.Length, real.LastWriteTimeUtc.Ticks);
            }
            catch (IOException)
            {
            }
            return (-3, 0);
        }
        return entry is FileInfo file ? (file.Length, file.LastWriteTimeUtc.Ticks) : (-1, 0);
    }
}
