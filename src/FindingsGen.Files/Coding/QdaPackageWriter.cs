using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using FindingsGen.Language.Coding;

namespace FindingsGen.Files.Coding;

/// <summary>
/// Writes an export to disk as a <c>.qdpx</c> (a zip of <c>project.qde</c> and <c>sources/</c>) or a <c>.qdc</c>
/// codebook, never as a partly written file: the whole file is written beside its name under a temporary name, then
/// moved into place in one step.
/// </summary>
public static class QdaPackageWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes <paramref name="export"/> as a <c>.qdpx</c> at <paramref name="path"/> (replacing a file there only when <paramref name="replace"/>).</summary>
    public static void WriteProject(string path, QdaExport export, bool replace) =>
        WriteAtomically(path, replace, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            Add(zip, "project.qde", export.ProjectXml);
            foreach (var source in export.Sources) Add(zip, source.Key, source.Value);
        });

    /// <summary>Writes a codebook's XML as a <c>.qdc</c> at <paramref name="path"/>.</summary>
    public static void WriteCodebook(string path, string codebookXml, bool replace) =>
        WriteAtomically(path, replace, stream =>
        {
            byte[] bytes = Utf8.GetBytes(codebookXml);
            stream.Write(bytes, 0, bytes.Length);
        });

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        // A fixed time: the same study exports to the same bytes.
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        byte[] bytes = Utf8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }

    private static void WriteAtomically(string path, bool replace, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new IOException($"the folder '{Path.GetDirectoryName(path)}' does not exist");
        if (Directory.Exists(full)) throw new IOException($"'{path}' is a folder");
        string temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (replace) File.Move(temp, full, overwrite: true);
            else File.Move(temp, full); // fails, rather than replaces, when a file appeared at the name meanwhile
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
