using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Files.Coding;

/// <summary>
/// Reads a REFI-QDA project from disk: a <c>.qdpx</c> (a zip holding <c>project.qde</c> and the text sources in
/// <c>sources/</c>) or a codebook alone (<c>.qdc</c>). The XML is read by the core's <see cref="QdaProjectReader"/>.
/// </summary>
/// <remarks>
/// A project comes from outside the study (a colleague's export, a download) and is treated as hostile: nothing is ever
/// extracted to disk (entries are read into memory, and only <c>project.qde</c> and the sources it names); an entry whose
/// path would leave the package (<c>../</c>, an absolute path, a drive letter) refuses the whole package; every entry is
/// inflated through a cap on its size, on its ratio to its compressed size and on the total read, whatever its header
/// claims; a <c>plainTextPath</c> outside the package is never followed. Each fault is one FG0505 naming the entry, never
/// an exception.
/// </remarks>
public static class QdaPackage
{
    /// <summary>
    /// The project at <paramref name="path"/> (<c>.qdpx</c> or <c>.qdc</c>), or null with FG0505 in
    /// <paramref name="diagnostics"/>. <paramref name="display"/> is how diagnostics name the file (relative to the study
    /// folder); the path as given when null.
    /// </summary>
    public static QdaProject? Read(string path, List<Diagnostic> diagnostics, string? display = null)
    {
        display ??= path.Replace('\\', '/');
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".qdc") return ReadCodebook(path, display, diagnostics);
        if (extension != ".qdpx")
        {
            diagnostics.Add(QdaProjectReader.Unreadable(display, $"'{Path.GetFileName(path)}' is not a REFI-QDA project (.qdpx) or codebook (.qdc); " +
                "export the project from your QDA package as REFI-QDA and name that file"));
            return null;
        }
        return ReadProject(path, display, diagnostics);
    }

    private static QdaProject? ReadCodebook(string path, string display, List<Diagnostic> diagnostics)
    {
        var read = ContainedFile.ReadNamed(path, display, FileLimits.QdaXml, "a REFI-QDA codebook");
        if (read.Bytes is null)
        {
            diagnostics.Add(QdaProjectReader.Unreadable(display, read.Problem!));
            return null;
        }
        string? xml = TranscriptText.TryDecode(read.Bytes, out string? problem, out _);
        if (xml is null)
        {
            diagnostics.Add(QdaProjectReader.Unreadable(display, $"'{display}': {problem}"));
            return null;
        }
        return QdaProjectReader.ReadCodebook(xml, display, diagnostics);
    }

    private static QdaProject? ReadProject(string path, string display, List<Diagnostic> diagnostics)
    {
        string? problem;
        try
        {
            using var stream = QdaZip.Open(path, display, out problem);
            if (stream is null)
            {
                diagnostics.Add(QdaProjectReader.Unreadable(display, problem!));
                return null;
            }
            if (QdaZip.DirectoryProblem(stream) is { } directory)
            {
                diagnostics.Add(QdaProjectReader.Unreadable(display, directory));
                return null;
            }
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            var package = new QdaZip(zip, display);
            if (package.Problem is { } entries)
            {
                diagnostics.Add(QdaProjectReader.Unreadable(display, entries));
                return null;
            }
            string? xml = package.ProjectXml(out problem);
            if (xml is null)
            {
                diagnostics.Add(QdaProjectReader.Unreadable(display, problem!));
                return null;
            }
            return QdaProjectReader.Read(xml, display, package.SourceText, diagnostics);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // The zip reader throws these for a file that is not a zip, is cut short or has a damaged directory.
            diagnostics.Add(QdaProjectReader.Unreadable(display, $"'{Path.GetFileName(path)}' is not a readable zip file ({e.GetType().Name}); " +
                "a .qdpx is a zip holding project.qde: export the project again from your QDA package as REFI-QDA (.qdpx)"));
            return null;
        }
    }
}
