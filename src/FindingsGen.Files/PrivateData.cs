using System;
using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>Reads what a study keeps privately or beside it: transcripts, findings.lock, the identifiers list.</summary>
public static class PrivateData
{
    /// <summary>Everything the tracer needs, from disk.</summary>
    public static TracingInput Read(string studyRoot, StudyManifest manifest, string? transcriptsOverride, int parallelism)
    {
        var tracing = new TracingInput { Parallelism = parallelism };
        TranscriptFolder.Read(studyRoot, manifest, transcriptsOverride, tracing);
        string lockPath = Path.Combine(studyRoot, LockFile.FileName);
        if (File.Exists(lockPath)) tracing.LockText = Utf8Text.TryDecode(File.ReadAllBytes(lockPath), out _, out _);
        if (IdentifiersPath(studyRoot, manifest) is { } identifiers)
        {
            tracing.IdentifiersText = ReadIdentifiers(identifiers, out string? problem);
            tracing.IdentifiersProblem = problem;
        }
        return tracing;
    }

    /// <summary>
    /// The identifiers list's text, or null with why it cannot be used: the privacy screen never switches itself off
    /// in silence, so every way of not reading it is a reason the check reports (FG0201).
    /// </summary>
    public static string? ReadIdentifiers(string path, out string? problem)
    {
        problem = null;
        try
        {
            if (Directory.Exists(path))
            {
                problem = "it is a folder, not a file";
                return null;
            }
            if (!File.Exists(path))
            {
                problem = "it does not exist";
                return null;
            }
            string? text = Utf8Text.TryDecode(File.ReadAllBytes(path), out int line, out int column);
            if (text is null) problem = $"it is not UTF-8 text (line {line}, column {column}); save it as UTF-8";
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problem = "it cannot be read (" + e.GetType().Name + ")";
            return null;
        }
    }

    /// <summary>The identifiers list's full path, or null when the manifest names none.</summary>
    public static string? IdentifiersPath(string studyRoot, StudyManifest manifest) =>
        manifest.Identifiers is { Length: > 0 } identifiers && !identifiers.Any(char.IsControl) ? Path.GetFullPath(Path.Combine(studyRoot, identifiers)) : null;
}
