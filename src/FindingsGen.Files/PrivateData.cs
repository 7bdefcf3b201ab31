using System;
using System.IO;
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
        if (IdentifiersPath(studyRoot, manifest) is { } identifiers && File.Exists(identifiers))
        {
            tracing.IdentifiersText = Utf8Text.TryDecode(File.ReadAllBytes(identifiers), out _, out _);
        }
        return tracing;
    }

    /// <summary>The identifiers list's full path, or null when the manifest names none.</summary>
    public static string? IdentifiersPath(string studyRoot, StudyManifest manifest) =>
        manifest.Identifiers is { Length: > 0 } identifiers ? Path.GetFullPath(Path.Combine(studyRoot, identifiers)) : null;
}
