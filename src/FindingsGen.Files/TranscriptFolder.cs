using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>
/// Finds each participant's transcript from <c>transcripts.path</c> (the environment variable
/// <c>FINDINGS_TRANSCRIPTS</c> replaces its folder part) and reads it. Never reads outside that folder:
/// IDs that would name another folder and links that point out of it are refused.
/// </summary>
public static class TranscriptFolder
{
    /// <summary>The environment variable that moves the transcripts folder.</summary>
    public const string EnvironmentVariable = "FINDINGS_TRANSCRIPTS";

    /// <summary>The extensions read, in order of preference for messages.</summary>
    public static readonly string[] Extensions = { ".txt", ".md", ".vtt", ".docx" };

    /// <summary>
    /// The transcripts folder, absolute, or null when the manifest names none. <paramref name="overrideFolder"/>
    /// (the value of FINDINGS_TRANSCRIPTS, passed by the host) replaces the folder part of the path when set.
    /// </summary>
    public static string? Locate(string studyRoot, StudyManifest manifest, string? overrideFolder)
    {
        var pattern = manifest.Transcripts?.Path;
        if (pattern is null) return null;
        string folderPart = Path.GetDirectoryName(pattern.Replace('\\', '/')) ?? "";
        return Path.GetFullPath(string.IsNullOrEmpty(overrideFolder) ? Path.Combine(studyRoot, folderPart) : overrideFolder);
    }

    /// <summary>Reads the transcripts of every participant into <paramref name="input"/>.</summary>
    public static void Read(string studyRoot, StudyManifest manifest, string? overrideFolder, TracingInput input)
    {
        string? folder = Locate(studyRoot, manifest, overrideFolder);
        if (folder is null || !Directory.Exists(folder)) return;
        // Every entry, not only files: a folder or a FIFO named T1.txt is refused by name rather than passed over.
        var files = Directory.EnumerateFileSystemEntries(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(Path.GetFileName).OfType<string>()
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        input.TranscriptsAvailable = files.Count > 0;
        if (!input.TranscriptsAvailable) return;

        string filePattern = Path.GetFileName(manifest.Transcripts!.Path.Replace('\\', '/'));
        foreach (var participant in manifest.Participants)
        {
            string id = participant.Id;
            if (id.IndexOfAny(new[] { '/', '\\', '*', '?' }) >= 0 || id == "." || id == "..")
            {
                input.Missing[id] = "the participant ID cannot be used in a file name";
                continue;
            }
            var matches = files.Where(f => TranscriptPattern.Matches(filePattern, id, f)).ToList();
            if (matches.Count == 0) continue;
            if (matches.Count > 1)
            {
                input.Missing[id] = $"several files match ({string.Join(", ", matches)}); keep one";
                continue;
            }
            input.Transcripts[id] = ReadOne(folder, id, matches[0]);
        }
    }

    internal static TranscriptSource ReadOne(string folder, string id, string name)
    {
        // The transcript may live outside the study, but what is in the transcripts folder must not lead out of it.
        var read = ContainedFile.Read(folder, name, FileLimits.Transcript, "a transcript", "the transcripts folder");
        if (read.Bytes is not { } bytes) return TranscriptSource.Unreadable(id, name, read.Problem!);
        string extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".docx")
        {
            string? speech = DocxText.TryExtract(bytes, name, out string? problem);
            return speech is null ? TranscriptSource.Unreadable(id, name, problem!) : new TranscriptSource(id, name, "docx", speech);
        }
        string? text = Utf8Text.TryDecode(bytes, out int line, out int column);
        if (text is null) return TranscriptSource.Unreadable(id, name, $"it is not UTF-8 text (line {line}, column {column}); save it as UTF-8");
        return new TranscriptSource(id, name, extension.TrimStart('.'), text);
    }
}
