using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace FindingsGen.Files.Coding;

/// <summary>
/// The entries of a <c>.qdpx</c> as <see cref="QdaPackage"/> reads them: names checked before anything is read, and
/// each entry inflated into memory through a cap (<see cref="FileLimits.QdaXml"/>, <see cref="FileLimits.QdaSource"/>,
/// <see cref="FileLimits.QdaRatio"/>, <see cref="FileLimits.QdaInflated"/>). Nothing is ever written to disk.
/// </summary>
internal sealed class QdaZip
{
    private const string SourcesFolder = "sources/";
    private const string InternalScheme = "internal://";

    private readonly string display;
    private readonly Dictionary<string, ZipArchiveEntry> byName = new(StringComparer.OrdinalIgnoreCase);
    private long inflated;

    public QdaZip(ZipArchive zip, string display)
    {
        this.display = display;
        if (zip.Entries.Count > FileLimits.QdaEntries)
        {
            Problem = $"'{display}' holds more than {FileLimits.QdaEntries:N0} entries, the limit for a QDA project";
            return;
        }
        foreach (var entry in zip.Entries)
        {
            if (Escapes(entry.FullName) is { } why)
            {
                Problem = $"its entry '{Printable(entry.FullName)}' {why}; a QDA package never writes such a path, and a zip made to attack whoever unpacks it does: " +
                    "nothing was unpacked or read. Export the project again from your QDA package";
                return;
            }
            string name = Normal(entry.FullName);
            if (name.EndsWith("/", StringComparison.Ordinal)) continue; // a folder
            if (byName.ContainsKey(name))
            {
                Problem = $"it holds two entries named '{Printable(entry.FullName)}' (ignoring case); which one a reader takes is not defined, so neither is read";
                return;
            }
            byName.Add(name, entry);
        }
    }

    /// <summary>Why the package cannot be read at all (an entry that escapes it, too many entries), or null.</summary>
    public string? Problem { get; }

    /// <summary>The file, opened for reading when it is a regular file (after following links), or null with a problem.</summary>
    public static FileStream? Open(string path, string display, out string? problem)
    {
        problem = null;
        string lexical = Path.GetFullPath(path);
        string? real = RealPath.Resolve(lexical);
        if (real is null)
        {
            problem = $"'{display}' is a link that leads round in a loop";
            return null;
        }
        switch (FileTypes.Of(real))
        {
            case FileType.Missing:
                problem = $"'{display}' does not exist; copy the project your QDA package exported there, or correct coding:";
                return null;
            case FileType.Directory:
                problem = $"'{display}' is a folder, not a .qdpx file";
                return null;
            case FileType.Special:
            case FileType.Link:
                problem = $"'{display}' is not a regular file (a FIFO, socket or device), and only regular files are read";
                return null;
        }
        return new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.RandomAccess);
    }

    /// <summary>
    /// Looks at the zip's end record before the zip reader does: a directory claiming more entries than the limit, or
    /// spanning more bytes than the limit, would make the reader build them all in memory first.
    /// </summary>
    public static string? DirectoryProblem(Stream stream)
    {
        long length = stream.Length;
        if (length < 22) return null; // the zip reader says what is wrong
        int tail = (int)Math.Min(length, 22 + 0xFFFF + 20);
        var bytes = new byte[tail];
        stream.Position = length - tail;
        stream.ReadExactly(bytes);
        for (int i = tail - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) != 0x06054b50) continue;
            long entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 10));
            long size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 12));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 16));
            long end = length - tail + i;
            if ((entries == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF) && i >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i - 20)) == 0x07064b50)
            {
                long record = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i - 12));
                if (record < 0 || record > length - 56) return null;
                var zip64 = new byte[56];
                stream.Position = record;
                stream.ReadExactly(zip64);
                if (BinaryPrimitives.ReadUInt32LittleEndian(zip64) != 0x06064b50) return null;
                entries = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(32)), long.MaxValue);
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(40)), long.MaxValue);
                offset = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(48)), long.MaxValue);
                end = record;
            }
            if (entries > FileLimits.QdaEntries) return $"its zip directory lists {entries:N0} entries, more than {FileLimits.QdaEntries:N0}, the limit for a QDA project";
            // The reader reads directory records from the offset on, whatever the size says: bound the span it may read.
            if (size > FileLimits.QdaDirectory || (offset < end && end - offset > FileLimits.QdaDirectory))
                return $"its zip directory is larger than {FileLimits.Describe(FileLimits.QdaDirectory)}, the limit for a QDA project";
            return null;
        }
        return null;
    }

    /// <summary>The text of <c>project.qde</c>, or null with a problem.</summary>
    public string? ProjectXml(out string? problem)
    {
        if (!byName.TryGetValue("project.qde", out var entry))
        {
            string? nested = byName.Keys.FirstOrDefault(k => k.EndsWith("/project.qde", StringComparison.OrdinalIgnoreCase));
            problem = nested is null
                ? $"'{display}' holds no project.qde, so it is not a REFI-QDA project; export the project from your QDA package as REFI-QDA (.qdpx)"
                : $"'{display}' holds project.qde in a folder ('{Printable(nested)}'), not at the top, as REFI-QDA packages do; export the project again from your QDA package rather than zipping a folder";
            return null;
        }
        byte[]? bytes = Inflate(entry, FileLimits.QdaXml, "its project.qde", out problem);
        if (bytes is null) return null;
        string? xml = TranscriptText.TryDecode(bytes, out string? encoding, out _);
        if (xml is null) problem = $"its project.qde: {encoding}";
        return xml;
    }

    /// <summary>
    /// The text a source's <c>plainTextPath</c> names: <c>internal://NAME</c> is <c>sources/NAME</c> in the package (GUIDs
    /// matched ignoring case). A path outside the package is never followed.
    /// </summary>
    public string? SourceText(string plainTextPath, out string? problem)
    {
        string path = plainTextPath.Trim();
        if (!path.StartsWith(InternalScheme, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"its plainTextPath '{Printable(path)}' names a file outside the package (on the computer that exported it), which is never read; " +
                "export the project with its documents inside the package";
            return null;
        }
        string fileName = path.Substring(InternalScheme.Length);
        if (fileName.Length == 0 || fileName.IndexOfAny(new[] { '/', '\\' }) >= 0 || fileName == ".." || fileName.IndexOf('\0') >= 0)
        {
            problem = $"its plainTextPath '{Printable(path)}' does not name a file in the package's sources/";
            return null;
        }
        if (!byName.TryGetValue(SourcesFolder + fileName, out var entry))
        {
            problem = $"'{SourcesFolder}{Printable(fileName)}' is not in the package; export the project again with its documents";
            return null;
        }
        string entryName = SourcesFolder + Printable(fileName);
        byte[]? bytes = Inflate(entry, FileLimits.QdaSource, $"its entry '{entryName}'", out problem);
        if (bytes is null) return null;
        string? text = TranscriptText.TryDecode(bytes, out string? encoding, out _);
        if (text is null) problem = $"'{entryName}': {encoding}";
        return text;
    }

    /// <summary>The entry's bytes, inflated through the caps whatever its header claims, or null with a problem.</summary>
    private byte[]? Inflate(ZipArchiveEntry entry, long limit, string what, out string? problem)
    {
        problem = null;
        long ratioCap = Math.Max(FileLimits.QdaRatioFloor, entry.CompressedLength * FileLimits.QdaRatio);
        long left = FileLimits.QdaInflated - inflated;
        long cap = Math.Min(limit, Math.Min(ratioCap, left));
        try
        {
            using var stream = new CappedStream(entry.Open(), cap);
            var buffer = new MemoryStream(entry.Length > 0 && entry.Length <= cap ? (int)entry.Length : 0);
            stream.CopyTo(buffer, 81920);
            inflated += buffer.Length;
            return buffer.ToArray();
        }
        catch (TooLargeException)
        {
            problem = cap == limit ? $"{what} inflates to more than {FileLimits.Describe(limit)}, the limit"
                : cap == ratioCap ? $"{what} inflates to more than {FileLimits.QdaRatio} times its compressed size: it is a zip bomb, not a QDA export"
                : $"what it holds inflates to more than {FileLimits.Describe(FileLimits.QdaInflated)} all together, the limit for a QDA project";
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            problem = $"{what} is damaged and cannot be inflated ({e.GetType().Name}); export the project again from your QDA package";
            return null;
        }
    }

    /// <summary>Why an entry's path would leave the package when unpacked, or null.</summary>
    internal static string? Escapes(string fullName)
    {
        if (fullName.Length == 0) return "has an empty name";
        foreach (char c in fullName)
        {
            if (char.IsControl(c)) return "has a control character in its name";
        }
        string name = fullName.Replace('\\', '/');
        if (name.StartsWith("/", StringComparison.Ordinal)) return "has an absolute path";
        if (name.Length >= 2 && name[1] == ':' && char.IsLetter(name[0])) return "has a path with a drive letter";
        if (name.IndexOf(':') >= 0) return "has a ':' in its path (a drive or an alternate data stream on Windows)";
        foreach (string part in name.Split('/'))
        {
            if (part == "..") return "has a path that leads out of the folder it is unpacked into (..)";
        }
        return null;
    }

    /// <summary>An entry name with '\' as '/', as the lookups use it.</summary>
    private static string Normal(string fullName) => fullName.Replace('\\', '/');

    /// <summary>A name from the package, made safe for a one-line message.</summary>
    private static string Printable(string name)
    {
        var chars = name.Select(c => char.IsControl(c) ? '?' : c).ToArray();
        string s = new string(chars);
        return s.Length <= 120 ? s : s.Substring(0, 117) + "...";
    }
}
