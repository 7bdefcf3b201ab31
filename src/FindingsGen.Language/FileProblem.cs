using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Language;

/// <summary>A file a host could not hand over as text, and where to report it.</summary>
public sealed class FileProblem
{
    /// <summary>Creates a problem.</summary>
    public FileProblem(SourceLocation location, string message)
    {
        Location = location;
        Message = message;
    }

    /// <summary>
    /// The FG0202 problem for a page the host refused to read (<paramref name="problem"/> names it): at its
    /// <c>pages:</c> entry when listed, else at the file. Both hosts word it the same way.
    /// </summary>
    public static FileProblem RefusedPage(string page, PageEntry? entry, string problem) => new(
        entry is null ? new SourceLocation(page, 1, 1, 1, 1) : new SourceLocation(StudyManifest.FileName, entry.Line, entry.Column, entry.Line, entry.Column + entry.Length),
        $"the page {problem}; it is not read");

    /// <summary>Where to report it.</summary>
    public SourceLocation Location { get; }
    /// <summary>What is wrong.</summary>
    public string Message { get; }
}
