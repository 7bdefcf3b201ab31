using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>Reads what a study keeps privately or beside it: transcripts, findings.lock, the identifiers list.</summary>
public static class PrivateData
{
    /// <summary>
    /// Everything the tracer needs, from disk; the participants' transcripts read <paramref name="parallelism"/> at once,
    /// each handed to <paramref name="prepare"/> as it is read (<see cref="TranscriptFolder.Read"/>).
    /// </summary>
    public static TracingInput Read(string studyRoot, StudyManifest manifest, string? transcriptsOverride, int parallelism,
        System.Func<TranscriptSource, TranscriptSource>? prepare = null)
    {
        var tracing = new TracingInput { Parallelism = parallelism };
        TranscriptFolder.Read(studyRoot, manifest, transcriptsOverride, tracing, prepare, parallelism);
        GroupTranscripts.Read(studyRoot, manifest, tracing);
        // A lock that is refused (a link out of the study, too large) is as good as none: quotations it would
        // have verified are FG0106, so nothing passes unseen.
        var lockFile = ContainedFile.Read(studyRoot, LockFile.FileName, FileLimits.Lock, "findings.lock", "the study folder");
        if (lockFile.Bytes is { } lockBytes) tracing.LockText = Utf8Text.TryDecode(lockBytes, out _, out _);
        if (IdentifiersPath(studyRoot, manifest) is { } identifiers)
        {
            tracing.IdentifiersText = ReadIdentifiers(identifiers, ManifestReader.Shorten(manifest.Identifiers!), out string? problem);
            tracing.IdentifiersProblem = problem;
        }
        return tracing;
    }

    /// <summary>The identifiers list's full path, or null when the manifest names none.</summary>
    public static string? IdentifiersPath(string studyRoot, StudyManifest manifest) =>
        manifest.Identifiers is { Length: > 0 } identifiers && !identifiers.Any(char.IsControl) ? Path.GetFullPath(Path.Combine(studyRoot, identifiers)) : null;

    /// <summary>
    /// The identifiers list's text, or null with the reason. It lives outside the study on purpose, so it is read
    /// wherever the manifest says; a link to it is followed, but must end at a regular file.
    /// </summary>
    public static string? ReadIdentifiers(string path, string display, out string? problem)
    {
        var read = ContainedFile.ReadNamed(path, display, FileLimits.Identifiers, "the identifiers list");
        if (read.Bytes is not { } bytes)
        {
            problem = read.Problem;
            return null;
        }
        string? text = Utf8Text.TryDecode(bytes, out int line, out int column);
        problem = text is null ? $"'{display}' is not UTF-8 text (line {line}, column {column}); save it as UTF-8" : null;
        return text;
    }
}
