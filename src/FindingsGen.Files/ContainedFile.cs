using System;
using System.IO;

namespace FindingsGen.Files;

/// <summary>
/// The one way FindingsGen reads a file of the study or of its private data. Links are followed as the
/// operating system follows them, in every component of the path, and the file they lead to must stay in
/// the folder it belongs to (pages and templates: the study folder; transcripts: the transcripts folder);
/// only a regular file is opened (a FIFO would block forever, a device never end); and no more than the
/// limit for its kind is read. A refused file comes back with a clause naming it, for a located diagnostic.
/// </summary>
/// <remarks>
/// The checks and the opening are separate steps, so someone who can rewrite the study folder while a
/// command runs could swap a file in between; that person could as well write the secret into the page.
/// </remarks>
public static class ContainedFile
{
    /// <summary>
    /// Reads <paramref name="relativePath"/> under <paramref name="root"/>. <paramref name="what"/> names the
    /// kind of file for the size message ("a page"); <paramref name="rootName"/> names the folder ("the study folder").
    /// </summary>
    public static FileRead Read(string root, string relativePath, long maxBytes, string what, string rootName)
    {
        string display = relativePath.Replace('\\', '/');
        try
        {
            string lexicalRoot = Path.GetFullPath(root);
            string lexical = Path.GetFullPath(Path.Combine(lexicalRoot, relativePath));
            if (!FolderPaths.IsInside(lexicalRoot, lexical)) return FileRead.Refused(FileRefusal.Outside, $"'{display}' is outside {rootName}");
            string? realRoot = RealPath.Resolve(lexicalRoot);
            string? real = RealPath.Resolve(lexical);
            if (realRoot is null || real is null) return FileRead.Refused(FileRefusal.BrokenLink, $"'{display}' is a link that leads round in a loop");
            if (!FolderPaths.IsInside(realRoot, real))
            {
                // Say which link it is: the file's own, or a linked folder on the way to it.
                string? realParent = RealPath.Resolve(Path.GetDirectoryName(lexical) ?? lexical);
                bool folderLinked = realParent is null || !FolderPaths.IsInside(realRoot, realParent);
                return FileRead.Refused(FileRefusal.Outside, folderLinked
                    ? $"'{display}' is in a linked folder that leads outside {rootName}"
                    : $"'{display}' is a link to a file outside {rootName}");
            }
            return ReadResolved(lexical, real, display, maxBytes, what);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileRead.Refused(FileRefusal.Unreadable, $"'{display}' cannot be read ({e.GetType().Name})");
        }
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/>, wherever it is (the identifiers list lives outside the study on
    /// purpose). Links are followed, but they must end at a regular file. <paramref name="display"/> names it in messages.
    /// </summary>
    public static FileRead ReadNamed(string path, string display, long maxBytes, string what)
    {
        try
        {
            string lexical = Path.GetFullPath(path);
            string? real = RealPath.Resolve(lexical);
            if (real is null) return FileRead.Refused(FileRefusal.BrokenLink, $"'{display}' is a link that leads round in a loop");
            return ReadResolved(lexical, real, display, maxBytes, what);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileRead.Refused(FileRefusal.Unreadable, $"'{display}' cannot be read ({e.GetType().Name})");
        }
    }

    private static FileRead ReadResolved(string lexical, string real, string display, long maxBytes, string what)
    {
        switch (FileTypes.Of(real))
        {
            case FileType.Missing:
                return FileTypes.Of(lexical) == FileType.Link
                    ? FileRead.Refused(FileRefusal.BrokenLink, $"'{display}' is a link to a file that does not exist")
                    : FileRead.Refused(FileRefusal.Missing, $"'{display}' does not exist");
            case FileType.Directory:
                return FileRead.Refused(FileRefusal.NotRegular, $"'{display}' is a folder, not a file");
            case FileType.Special:
                return FileRead.Refused(FileRefusal.NotRegular, $"'{display}' is not a regular file (a FIFO, socket or device), and only regular files are read");
            case FileType.Link:
                // Resolved a moment ago, so it changed under us.
                return FileRead.Refused(FileRefusal.Unreadable, $"'{display}' changed while it was being read");
        }
        string tooLarge = $"'{display}' is larger than {FileLimits.Describe(maxBytes)}, the limit for {what}";
        var info = new FileInfo(real);
        if (info.Length > maxBytes) return FileRead.Refused(FileRefusal.TooLarge, tooLarge);
        // Every special file reports length 0: where the type is unknown (not Linux), never open an empty file.
        if (info.Length == 0) return FileRead.Read(Array.Empty<byte>());

        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[info.Length];
        int filled = Fill(stream, buffer, 0);
        if (filled < buffer.Length)
        {
            Array.Resize(ref buffer, filled); // it shrank since we looked
            return FileRead.Read(buffer);
        }
        // It may have grown since we looked (or lied, as /proc files do): read on, never past the limit.
        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) == 0) return FileRead.Read(buffer);
        if (filled + 1 > maxBytes) return FileRead.Refused(FileRefusal.TooLarge, tooLarge);
        var more = new byte[maxBytes + 1];
        buffer.CopyTo(more, 0);
        more[filled++] = probe[0];
        filled = Fill(stream, more, filled);
        if (filled > maxBytes) return FileRead.Refused(FileRefusal.TooLarge, tooLarge);
        Array.Resize(ref more, filled);
        return FileRead.Read(more);
    }

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="filled"/> until it is full or the file ends; the bytes now in it.</summary>
    private static int Fill(Stream stream, byte[] buffer, int filled)
    {
        while (filled < buffer.Length)
        {
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0) break;
            filled += read;
        }
        return filled;
    }
}
