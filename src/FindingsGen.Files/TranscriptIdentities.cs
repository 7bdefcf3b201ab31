using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Manifest;

namespace FindingsGen.Files;

/// <summary>
/// The files that are the study's transcripts, known by what they are (device and inode, see
/// <see cref="FileTypes.IdentityOf"/>) rather than by how a path spells them. Whether a page or a template is a
/// transcript is decided here, so that no spelling gets round it: a symbolic or hard link to a transcript, a
/// <c>pages:</c> entry with <c>..</c> in it, a transcripts folder named another way, all lead to the same identity.
/// Read once per command: a few stats per transcript.
/// </summary>
public sealed class TranscriptIdentities
{
    private readonly Dictionary<string, string> names;

    private TranscriptIdentities(Dictionary<string, string> names) => this.names = names;

    /// <summary>None: a study whose manifest names no transcripts and has no <c>transcripts/</c> folder.</summary>
    public static TranscriptIdentities None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// Every file that is a transcript of the study: each file in the transcripts folder (where <c>transcripts.path</c>
    /// puts it, where <paramref name="overrideFolder"/> moves it, and the study's usual <c>transcripts/</c> folder),
    /// and each file the pattern names for a participant. When the transcripts folder is the study folder itself,
    /// only the files the pattern names are transcripts (the pages live there too).
    /// </summary>
    public static TranscriptIdentities Read(string studyRoot, StudyManifest manifest, string? overrideFolder)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string root = Path.GetFullPath(studyRoot);
        string realRoot = RealPath.Resolve(root) ?? root;
        string filePattern = manifest.Transcripts?.Path is { } written ? Path.GetFileName(written.Replace('\\', '/')) : "";
        var ids = manifest.Participants.Select(p => p.Id).Where(id => id.IndexOfAny(new[] { '/', '\\' }) < 0).ToList();

        var folders = new List<string> { Path.Combine(root, StudyLayout.UsualTranscriptsFolder) };
        if (TranscriptFolder.Locate(root, manifest, null) is { } own) folders.Add(own);
        if (!string.IsNullOrEmpty(overrideFolder) && TranscriptFolder.Locate(root, manifest, overrideFolder) is { } moved) folders.Add(moved);
        // Usually transcripts.path names the usual folder itself: each folder is listed (and walked) once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            string? real = RealPath.Resolve(folder);
            if (real is null || !seen.Add(real) || !Directory.Exists(real)) continue;
            // The study folder itself, or a folder holding it: only what the pattern names is a transcript there.
            bool holdsPages = FolderPaths.IsInside(real, realRoot);
            // Below a transcripts folder inside the study too: nothing there is ever a page (StudyLayout says so of the
            // spelled path); the walk takes in the folder's own files. One outside the study is not walked: it may be
            // large, and only its own files are read.
            var files = !holdsPages && FolderPaths.IsInside(realRoot, real)
                ? StudyTree.Find(real, "").Select(relative => Path.Combine(real, relative))
                : Entries(real);
            foreach (var file in files)
            {
                string name = Path.GetFileName(file);
                if (holdsPages && !ids.Any(id => TranscriptPattern.Matches(filePattern, id, name))) continue;
                Add(names, root, file);
            }
        }
        // Group transcripts (focus groups) are transcripts too, wherever transcripts.groups puts them.
        foreach (var group in GroupTranscripts.Paths(root, manifest)) Add(names, root, group);
        return new TranscriptIdentities(names);
    }

    /// <summary>
    /// The transcript <paramref name="path"/> is (links followed), named for messages (study-relative when it is in the
    /// study, else its file name alone), or null when it is none.
    /// </summary>
    public string? TranscriptAt(string path)
    {
        if (names.Count == 0) return null;
        return FileTypes.IdentityOf(path) is { } identity && names.TryGetValue(identity, out var name) ? name : null;
    }

    private static void Add(Dictionary<string, string> names, string root, string file)
    {
        if (FileTypes.IdentityOf(file) is not { } identity || names.ContainsKey(identity)) return;
        string full = Path.GetFullPath(file);
        names[identity] = FolderPaths.IsInside(root, full) ? Path.GetRelativePath(root, full).Replace('\\', '/') : Path.GetFileName(full);
    }

    private static IEnumerable<string> Entries(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }
}
