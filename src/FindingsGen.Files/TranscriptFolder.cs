using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;
using FindingsGen.Language.Tracing;
using FindingsGen.Language.Transcripts;

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

    /// <summary>
    /// Reads the transcripts of every participant into <paramref name="input"/>, <paramref name="parallelism"/> at once.
    /// <paramref name="prepare"/>, when given, is applied to each as soon as it is read, on the thread that read it (the
    /// CLI indexes it there and lets its text go: <see cref="TracingCache.IndexAndRelease"/>), so a large study's texts
    /// are never all in memory together.
    /// </summary>
    public static void Read(string studyRoot, StudyManifest manifest, string? overrideFolder, TracingInput input,
        System.Func<TranscriptSource, TranscriptSource>? prepare = null, int parallelism = 1)
    {
        string? folder = Locate(studyRoot, manifest, overrideFolder);
        if (folder is null) return;
        bool named = !string.IsNullOrEmpty(overrideFolder);
        if (!Directory.Exists(folder))
        {
            // The manifest's own folder missing is a public checkout (findings.lock vouches); a folder the variable names
            // that is not there is a typo or a drive not mounted, and is said so.
            if (named) input.TranscriptsFolderProblem = FolderProblem(folder, File.Exists(folder) ? "which is a file, not a folder" : "which does not exist");
            return;
        }
        // Every entry, not only files: a folder or a FIFO named T1.txt is refused by name rather than passed over.
        var names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>()
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        var files = names.Where(f => TranscriptFormat.ForExtension(Path.GetExtension(f)) is not null).ToList();
        // Available when a participant's transcript is here (or a file meant as one): a README.txt or a .gitkeep in a
        // public repository's empty transcripts folder is not a transcript, and findings.lock must still vouch there.
        input.TranscriptsAvailable = false;

        string filePattern = Path.GetFileName(manifest.Transcripts!.Path.Replace('\\', '/'));
        var toRead = new List<(string Id, string Name)>();
        foreach (var participant in manifest.Participants)
        {
            string id = participant.Id;
            if (id.IndexOfAny(new[] { '/', '\\', '*', '?' }) >= 0 || id == "." || id == "..")
            {
                input.Missing[id] = "the participant ID cannot be used in a file name";
                // Its transcript can never be found, so the folder's files may well be the study's: say so (FG0105).
                input.TranscriptsAvailable |= files.Count > 0;
                continue;
            }
            var matches = Matching(files, filePattern.Replace("{id}", id));
            if (matches.Count == 0)
            {
                // A file meant as the transcript but not usable as one is said plainly, and means transcripts are here (never FG0106).
                if (Unusable(names, filePattern, id) is { } unusable)
                {
                    input.Missing[id] = unusable;
                    input.TranscriptsAvailable = true;
                }
                continue;
            }
            input.TranscriptsAvailable = true;
            if (matches.Count > 1)
            {
                input.Missing[id] = $"several files match ({string.Join(", ", matches)}); keep one";
                continue;
            }
            toRead.Add((id, matches[0]));
        }
        // Read (and prepared) on every core allowed; kept in participant order whatever order they finish in.
        var read = new TranscriptSource[toRead.Count];
        System.Threading.Tasks.Parallel.For(0, toRead.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = System.Math.Max(1, parallelism) }, i =>
        {
            var source = ReadOne(folder, toRead[i].Id, toRead[i].Name);
            read[i] = prepare is null ? source : prepare(source);
        });
        for (int i = 0; i < toRead.Count; i++) input.Transcripts[toRead[i].Id] = read[i];
        // Without any transcript here the quotations are FG0106 (not available), not a problem per participant.
        if (!input.TranscriptsAvailable)
        {
            input.Missing.Clear();
            if (named) input.TranscriptsFolderProblem = FolderProblem(folder, $"which holds no transcript matching {filePattern}");
        }
        else if (named)
        {
            // A participant missing from the folder the variable names is said against that folder, not the manifest's path:
            // "nothing matches transcripts/P3.*" would send the researcher to the wrong place.
            foreach (var participant in manifest.Participants)
            {
                string id = participant.Id;
                if (input.Missing.ContainsKey(id) || input.Transcripts.ContainsKey(id)) continue;
                input.Missing[id] = $"nothing matches {filePattern.Replace("{id}", id)} in '{Printable(folder)}' (the folder {EnvironmentVariable} names)";
            }
        }
    }

    /// <summary>
    /// The names in <paramref name="sorted"/> (ordinal order) that the participant's pattern (<c>{id}</c> already replaced)
    /// matches. Only those starting with the pattern's text before its first <c>*</c> are tried, found by binary search:
    /// trying every file for every participant was quadratic (1.5 million matches for 1,250 transcripts).
    /// </summary>
    private static List<string> Matching(List<string> sorted, string pattern)
    {
        int star = pattern.IndexOf('*');
        string prefix = star < 0 ? pattern : pattern.Substring(0, star);
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (string.CompareOrdinal(sorted[mid], prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        var result = new List<string>();
        for (int i = lo; i < sorted.Count && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (TranscriptPattern.Glob(pattern, sorted[i])) result.Add(sorted[i]);
        }
        return result;
    }

    /// <summary>A path as a one-line message may quote it: control characters shown as '?'.</summary>
    private static string Printable(string path) => new string(path.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    /// <summary>The warning for a folder FINDINGS_TRANSCRIPTS names that gave no transcript.</summary>
    private static string FolderProblem(string folder, string what) =>
        $"{EnvironmentVariable} names the transcripts folder '{Printable(folder)}', {what}, so no transcript was read and the quotations are " +
        "checked against findings.lock alone; correct the variable (or mount the drive), or unset it";

    /// <summary>
    /// Why no file is the transcript of <paramref name="id"/> although one was meant to be: a name that matches the
    /// path in a format that is not supported (<c>T1.rtf</c>), or that differs from it only in case (<c>t1.txt</c>).
    /// </summary>
    private static string? Unusable(List<string> names, string filePattern, string id)
    {
        foreach (var name in names)
        {
            if (TranscriptFormat.ForExtension(Path.GetExtension(name)) is null && TranscriptPattern.Matches(filePattern, id, name))
            {
                return $"'{name}' is not in a supported transcript format ({TranscriptFormat.SupportedList}); save it as one of them";
            }
        }
        string lowerPattern = filePattern.ToLowerInvariant(), lowerId = id.ToLowerInvariant();
        foreach (var name in names)
        {
            if (TranscriptPattern.Matches(lowerPattern, lowerId, name.ToLowerInvariant()))
            {
                return $"'{name}' differs from the transcript path ({filePattern.Replace("{id}", id)}) only in letter case; rename it";
            }
        }
        return null;
    }

    internal static TranscriptSource ReadOne(string folder, string id, string name)
    {
        // The transcript may live outside the study, but what is in the transcripts folder must not lead out of it.
        var read = ContainedFile.Read(folder, name, FileLimits.Transcript, "a transcript", "the transcripts folder");
        if (read.Bytes is not { } bytes) return TranscriptSource.Unreadable(id, name, read.Problem!);
        var format = TranscriptFormat.ForExtension(Path.GetExtension(name))!;
        if (format.Extracted)
        {
            string? speech = DocxText.TryExtract(bytes, name, out string? problem);
            if (speech is null) return TranscriptSource.Unreadable(id, name, problem!);
            return IsEmpty(speech) ? Empty(id, name) : new TranscriptSource(id, name, format.Name, speech) { Converted = true };
        }
        string? text = TranscriptText.TryDecode(bytes, out string? why, out bool utf16);
        if (text is null) return TranscriptSource.Unreadable(id, name, why!);
        return IsEmpty(text) ? Empty(id, name) : new TranscriptSource(id, name, format.Name, text) { Converted = utf16 };
    }

    private static bool IsEmpty(string text)
    {
        foreach (char c in text) if (!char.IsWhiteSpace(c) && c != '\uFEFF') return false;
        return true;
    }

    private static TranscriptSource Empty(string id, string name) => TranscriptSource.Unreadable(id, name, $"'{name}' is empty: it holds no speech");
}
