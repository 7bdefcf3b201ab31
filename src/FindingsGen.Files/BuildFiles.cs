using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>
/// What the build step before compiling does: reads the private data exactly as the CLI does and turns it
/// into AdditionalFiles for the analyzer. A Word transcript's speech is extracted to a text file under the
/// intermediate folder (Roslyn hands analyzers decoded text, never bytes), so both hosts trace the same text.
/// </summary>
public static class BuildFiles
{
    /// <summary>The files to add, or none when the study has no manifest.</summary>
    public static List<BuildFile> Collect(string studyRoot, string intermediateFolder, string? transcriptsOverride)
    {
        var files = new List<BuildFile>();
        string manifestPath = Path.Combine(studyRoot, StudyManifest.FileName);
        if (!File.Exists(manifestPath)) return files;
        // A manifest that cannot be read hands over no private data: the analyzer reports its problem alone (VetStudyFiles a refused one).
        if (ReadManifest(studyRoot) is not { } manifest) return files;
        foreach (var nested in StudyTree.NestedManifests(studyRoot))
        {
            files.Add(new BuildFile(Path.GetFullPath(Path.Combine(studyRoot, nested)), new Dictionary<string, string> { [HostFiles.Role] = HostFiles.NestedStudyRole }));
        }
        // The transcripts alone: findings.lock is an AdditionalFile of its own (vetted by VetStudyFiles), and the
        // identifiers list is read below only where the manifest names one.
        var tracing = new TracingInput { Parallelism = 1 };
        TranscriptFolder.Read(studyRoot, manifest, transcriptsOverride, tracing);

        GroupTranscripts.Read(studyRoot, manifest, tracing);

        string folder = Path.Combine(intermediateFolder, "findings");
        Directory.CreateDirectory(folder);
        // Group transcripts go to the analyzer as findings check read them: the file just vetted, or, where the text is not
        // the file's own bytes as UTF-8 (a Word file's speech, UTF-16 decoded), that text.
        foreach (var group in tracing.Groups)
        {
            var metadata = new Dictionary<string, string> { [HostFiles.Role] = HostFiles.GroupRole, [HostFiles.Name] = group.Path };
            string safe = "group-" + Safe(group.Path);
            if (group.Text is null)
            {
                metadata[HostFiles.Problem] = group.Problem!;
                files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, safe + ".problem"), "\n"), metadata));
                continue;
            }
            metadata[HostFiles.Format] = group.Format;
            string full = Path.GetFullPath(Path.Combine(studyRoot, group.Path));
            files.Add(new BuildFile(group.Converted ? WriteIfChanged(Path.Combine(folder, safe + ".transcript.txt"), group.Text) : RealPath.Resolve(full) ?? full, metadata));
        }
        if (tracing.TranscriptsAvailable)
        {
            files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, "transcripts.available"), "transcripts available\n"),
                new Dictionary<string, string> { [HostFiles.Role] = HostFiles.AvailableRole }));
        }
        if (tracing.TranscriptsFolderProblem is { } folderProblem)
        {
            files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, "transcripts-folder.problem"), "\n"),
                new Dictionary<string, string> { [HostFiles.Role] = HostFiles.TranscriptsFolderRole, [HostFiles.Problem] = folderProblem }));
        }
        string? transcripts = TranscriptFolder.Locate(studyRoot, manifest, transcriptsOverride);
        foreach (var participant in manifest.Participants)
        {
            string id = participant.Id;
            var metadata = new Dictionary<string, string> { [HostFiles.Participant] = id };
            string safe = Safe(id);
            if (tracing.Missing.TryGetValue(id, out var missing))
            {
                metadata[HostFiles.Problem] = missing;
                files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, safe + ".problem"), "\n"), metadata));
                continue;
            }
            if (!tracing.Transcripts.TryGetValue(id, out var source)) continue;
            metadata[HostFiles.Name] = source.Path;
            if (source.Text is null)
            {
                metadata[HostFiles.Problem] = source.Problem!;
                files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, safe + ".problem"), "\n"), metadata));
                continue;
            }
            metadata[HostFiles.Format] = source.Format;
            // The compiler reads the file again: hand it the resolved path of the file just vetted, not the link.
            // A transcript whose text is not its bytes as UTF-8 (a .docx extracted, UTF-16 decoded) is handed over as that
            // text: Roslyn decodes files its own way, and both hosts must trace the same text.
            string path = source.Converted
                ? WriteIfChanged(Path.Combine(folder, safe + ".transcript.txt"), source.Text)
                : RealPath.Resolve(Path.Combine(transcripts!, source.Path)) ?? Path.Combine(transcripts!, source.Path);
            files.Add(new BuildFile(path, metadata));
        }
        // The linked coding: read here (a .qdpx is a zip the analyzer cannot open) and handed over whole, with the record.
        if (Coding.CodingFiles.Read(studyRoot, manifest, null) is { } coding)
        {
            files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, "coding.handoff"), Language.Coding.CodingHandOff.Write(coding)),
                new Dictionary<string, string> { [HostFiles.Role] = HostFiles.CodingRole }));
        }
        if (PrivateData.IdentifiersPath(studyRoot, manifest) is { } identifiers)
        {
            PrivateData.ReadIdentifiers(identifiers, ManifestReader.Shorten(manifest.Identifiers!), out string? identifiersProblem);
            if (identifiersProblem is { } problem)
            {
                // The analyzer reports it where identifiers: names the file, in the same words as findings check.
                files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, "identifiers.problem"), "\n"),
                    new Dictionary<string, string> { [HostFiles.Role] = HostFiles.IdentifiersRole, [HostFiles.Problem] = problem }));
            }
            else
            {
                files.Add(new BuildFile(RealPath.Resolve(identifiers) ?? identifiers, new Dictionary<string, string> { [HostFiles.Role] = HostFiles.IdentifiersRole }));
            }
        }
        return files;
    }

    /// <summary>The study's manifest when it can be read and is readable, else null (read exactly as findings check reads it).</summary>
    private static StudyManifest? ReadManifest(string studyRoot) =>
        File.Exists(Path.Combine(studyRoot, StudyManifest.FileName)) && StudyLoader.ReadManifest(studyRoot, new DiagnosticList(), out _) is { IsReadable: true } manifest ? manifest : null;

    /// <summary>
    /// Vets the study's own AdditionalFiles (<paramref name="paths"/>: pages, findings.yml, findings.lock) exactly as the
    /// CLI reads them. Those refused (a link out of the study, a FIFO, too large) are added to <paramref name="refused"/>,
    /// to be removed from AdditionalFiles before the compiler opens them; what comes back tells the analyzer why.
    /// A page that is a transcript by identity (a link to one, another name of one) is removed the same way and
    /// handed over as <see cref="HostFiles.TranscriptRole"/>, so the analyzer treats it as findings check does.
    /// </summary>
    public static List<BuildFile> VetStudyFiles(string studyRoot, string intermediateFolder, IEnumerable<string> paths, List<string> refused, string? transcriptsOverride = null)
    {
        var files = new List<BuildFile>();
        string root = Path.GetFullPath(studyRoot);
        TranscriptIdentities? transcripts = null;
        foreach (var path in paths)
        {
            string full = Path.GetFullPath(path);
            if (!FolderPaths.IsInside(root, full) || full == root) continue; // not the study's (generated files live in obj/)
            string relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            bool manifest = relative == StudyManifest.FileName, lockFile = relative == LockFile.FileName;
            if (!manifest && !lockFile)
            {
                transcripts ??= ReadManifest(root) is { } readable ? TranscriptIdentities.Read(root, readable, transcriptsOverride) : TranscriptIdentities.None;
                if (transcripts.TranscriptAt(full) is { } transcript)
                {
                    refused.Add(path);
                    files.Add(new BuildFile(WriteIfChanged(Path.Combine(Directory.CreateDirectory(Path.Combine(intermediateFolder, "findings")).FullName,
                        "transcript-" + Safe(relative) + ".problem"), "\n"), new Dictionary<string, string>
                    {
                        [HostFiles.Role] = HostFiles.TranscriptRole,
                        [HostFiles.Name] = full,
                        [HostFiles.Problem] = transcript,
                    }));
                    continue;
                }
            }
            var read = StudyLoader.ReadStudyFile(root, relative);
            if (read.Refusal is FileRefusal.None or FileRefusal.Missing) continue;
            refused.Add(path);
            string folder = Path.Combine(intermediateFolder, "findings");
            Directory.CreateDirectory(folder);
            files.Add(new BuildFile(WriteIfChanged(Path.Combine(folder, "refused-" + Safe(relative) + ".problem"), "\n"), new Dictionary<string, string>
            {
                [HostFiles.Role] = HostFiles.RefusedRole,
                [HostFiles.Name] = full,
                [HostFiles.Problem] = read.Problem!,
            }));
        }
        return files;
    }

    /// <summary>
    /// Deletes what an earlier build left in the intermediate <c>findings</c> folder and this one did not write
    /// (<paramref name="current"/>): a transcript's extracted speech whose transcript is gone, a problem no longer there,
    /// the <c>transcripts.available</c> marker once no transcript is. Those copies are private data; only the names this
    /// step writes are deleted, never anything else in obj/. Returns the files of <paramref name="current"/> in that folder,
    /// for MSBuild's FileWrites (so <c>dotnet clean</c> removes them too).
    /// </summary>
    public static List<string> RemoveStale(string intermediateFolder, IEnumerable<string> current)
    {
        string folder = Path.GetFullPath(Path.Combine(intermediateFolder, "findings"));
        var keep = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var path in current)
        {
            string full = Path.GetFullPath(path);
            if (!string.Equals(Path.GetDirectoryName(full), folder, StringComparison.Ordinal)) continue;
            if (keep.Add(full)) written.Add(full);
        }
        if (!Directory.Exists(folder)) return written;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            string name = Path.GetFileName(file);
            bool ours = name == "transcripts.available" || name.EndsWith(".transcript.txt", StringComparison.Ordinal) || name.EndsWith(".problem", StringComparison.Ordinal);
            if (ours && !keep.Contains(Path.GetFullPath(file))) File.Delete(file);
        }
        return written;
    }

    /// <summary>A name made into a file name (a participant ID, a study-relative path): base64 with no slash.</summary>
    private static string Safe(string name) => Convert.ToBase64String(Encoding.UTF8.GetBytes(name)).Replace('/', '_').Replace('+', '-');

    private static string WriteIfChanged(string path, string text)
    {
        // Unchanged files keep their timestamps, so incremental builds stay incremental.
        var bytes = new UTF8Encoding(false).GetBytes(text);
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) File.WriteAllBytes(path, bytes);
        return path;
    }
}
