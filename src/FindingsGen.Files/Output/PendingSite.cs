using System;
using System.Collections.Generic;
using System.IO;

namespace FindingsGen.Files.Output;

/// <summary>
/// A site being written: its temporary folder, marked as ours and holding every folder the site needs, into which each file is
/// written as soon as it is made (<see cref="Write"/>, from any thread), so that a build never holds the whole site in memory.
/// <see cref="Commit"/> swaps it in for the previous site in one step; disposed without it (a template failed, the disk is full),
/// it removes the temporary folder and leaves the previous site as it was — no output is ever partly written.
/// Made by <see cref="SiteWriter.Begin"/>.
/// </summary>
public sealed class PendingSite : IDisposable
{
    private readonly string building, target;
    private readonly string[] relative;
    private readonly bool[] linkable;
    private readonly List<string> createdParents;
    private IDisposable? claim;
    private bool committed, disposed;

    internal PendingSite(string building, string target, IDisposable claim, string[] relative, bool[] linkable, List<string> createdParents)
    {
        this.building = building;
        this.target = target;
        this.claim = claim;
        this.relative = relative;
        this.linkable = linkable;
        this.createdParents = createdParents;
    }

    /// <summary>
    /// Writes the file at <paramref name="index"/> of the paths the site was begun with. Thread-safe for different indexes.
    /// A file whose bytes are the same as in the previous site is hard-linked from it instead (no new inode, which after a
    /// pause is most of the cost of writing a site); the old file itself is never changed.
    /// </summary>
    public void Write(int index, ReadOnlySpan<byte> bytes)
    {
        if (committed || disposed) throw new InvalidOperationException("the site is no longer being written");
        string path = Path.Combine(building, relative[index]), oldPath = Path.Combine(target, relative[index]);
        if (linkable[index] && SiteWriter.Unchanged(oldPath, bytes) && Runtime.HardLink.TryCreate(oldPath, path)) return;
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Swaps the written site in for the previous one (call once every file is written).</summary>
    public void Commit()
    {
        if (committed || disposed) throw new InvalidOperationException("the site is no longer being written");
        committed = true;
        claim!.Dispose(); // released before the swap: some systems cannot rename a folder holding an open file
        claim = null;
        SiteWriter.SwapIn(building, target);
    }

    /// <summary>Without <see cref="Commit"/>: removes what was written, and the folders made for it, leaving the previous site as it was.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (committed) return;
        claim?.Dispose();
        claim = null;
        try
        {
            SiteMarker.Remove(building);
            // The output's parent folders this build made, deepest first, if nothing else was put there meanwhile.
            foreach (var folder in createdParents)
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).GetEnumerator().MoveNext()) Directory.Delete(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build, which removes a marked leftover.
        }
    }
}
