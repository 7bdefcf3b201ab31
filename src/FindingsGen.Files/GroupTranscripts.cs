using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Tracing;
using FindingsGen.Language.Transcripts;

namespace FindingsGen.Files;

/// <summary>
/// Finds and reads the group transcripts <c>transcripts.groups</c> names (focus groups shared by several participants):
/// each entry is a folder of the study (or beside it) and a file-name pattern with <c>*</c>. Read like a participant's
/// transcript, through <see cref="ContainedFile"/>, inside that folder only: a link in it that leads out is refused.
/// </summary>
public static class GroupTranscripts
{
    /// <summary>Reads every group transcript into <paramref name="input"/>; any found makes transcripts available.</summary>
    public static void Read(string studyRoot, StudyManifest manifest, TracingInput input)
    {
        foreach (var found in Find(studyRoot, manifest))
        {
            if (TranscriptFormat.ForExtension(Path.GetExtension(found.Name)) is null)
            {
                input.Groups.Add(TranscriptSource.Unreadable("", found.Display,
                    $"it is not in a supported transcript format ({TranscriptFormat.SupportedList})"));
                continue;
            }
            var read = TranscriptFolder.ReadOne(found.Folder, "", found.Name);
            input.Groups.Add(read.Text is null
                ? TranscriptSource.Unreadable("", found.Display, read.Problem!)
                : new TranscriptSource("", found.Display, read.Format, read.Text) { Converted = read.Converted });
        }
        if (input.Groups.Count > 0) input.TranscriptsAvailable = true;
    }

    /// <summary>The full paths of the group transcripts (for telling them from pages by what they are).</summary>
    public static IEnumerable<string> Paths(string studyRoot, StudyManifest manifest) =>
        Find(studyRoot, manifest).Select(f => Path.Combine(f.Folder, f.Name));

    private static List<(string Folder, string Name, string Display)> Find(string studyRoot, StudyManifest manifest)
    {
        var result = new List<(string Folder, string Name, string Display)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var glob in manifest.Transcripts?.Groups ?? Array.Empty<string>())
        {
            string normalized = StudyLayout.Normalize(glob);
            int slash = normalized.LastIndexOf('/');
            string folderPart = slash < 0 ? "" : normalized.Substring(0, slash);
            string pattern = normalized.Substring(slash + 1);
            string folder = Path.GetFullPath(Path.Combine(studyRoot, folderPart));
            IEnumerable<string> names;
            try
            {
                // Every entry, not only files: a folder or a FIFO that matches is refused by name rather than passed over.
                names = Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().ToList() : Enumerable.Empty<string>();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var name in names.Where(n => TranscriptPattern.Glob(pattern, n)).OrderBy(n => n, StringComparer.Ordinal))
            {
                string display = folderPart.Length == 0 ? name : folderPart + "/" + name;
                if (seen.Add(Path.Combine(folder, name))) result.Add((folder, name, display));
            }
        }
        return result;
    }
}
