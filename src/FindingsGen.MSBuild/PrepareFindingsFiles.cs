using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Files;
using FindingsGen.Language;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FindingsGen.MSBuild;

/// <summary>
/// Before compiling a study project: finds the study's transcripts exactly as <c>findings check</c> does,
/// extracts the speech of Word transcripts to text under the intermediate folder, and returns everything as
/// AdditionalFiles with metadata the analyzer reads. Never logs transcript text.
/// </summary>
public sealed class PrepareFindingsFiles : Task
{
    /// <summary>The study folder (holding findings.yml).</summary>
    [Required]
    public string StudyDirectory { get; set; } = "";

    /// <summary>The project's intermediate folder (obj/…).</summary>
    [Required]
    public string IntermediateDirectory { get; set; } = "";

    /// <summary>FINDINGS_TRANSCRIPTS, when set: the folder to read transcripts from instead.</summary>
    public string? TranscriptsFolder { get; set; }

    /// <summary>The AdditionalFiles already in the project (the study's pages, findings.yml, findings.lock), to vet.</summary>
    public ITaskItem[] StudyFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The files to add as AdditionalFiles.</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>Study files refused (a link out of the study, a FIFO, too large): removed from AdditionalFiles so the compiler never opens them.</summary>
    [Output]
    public ITaskItem[] RefusedFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The files this step wrote under the intermediate folder (private copies among them), for FileWrites: <c>dotnet clean</c> removes them.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            var refused = new List<string>();
            string? transcriptsOverride = string.IsNullOrWhiteSpace(TranscriptsFolder) ? null : TranscriptsFolder;
            var vetted = BuildFiles.VetStudyFiles(StudyDirectory, IntermediateDirectory, StudyFiles.Select(f => f.GetMetadata("FullPath")), refused, transcriptsOverride);
            foreach (var file in vetted)
            {
                // Without its manifest the analyzer sees no study at all, so a refused findings.yml is reported here.
                if (file.Metadata[HostFiles.Role] == HostFiles.RefusedRole && System.IO.Path.GetFileName(file.Metadata[HostFiles.Name]) == Language.Manifest.StudyManifest.FileName)
                {
                    Log.LogError(null, "FG0201", null, file.Metadata[HostFiles.Name], 1, 1, 1, 1, file.Metadata[HostFiles.Problem]);
                }
            }
            var refusedPaths = new HashSet<string>(refused, StringComparer.Ordinal);
            RefusedFiles = StudyFiles.Where(f => refusedPaths.Contains(f.GetMetadata("FullPath"))).Select(f => (ITaskItem)new TaskItem(f.ItemSpec)).ToArray();
            var all = vetted.Concat(BuildFiles.Collect(StudyDirectory, IntermediateDirectory, transcriptsOverride)).ToList();
            // A copy left by an earlier build (a transcript since removed, a marker no longer true) is deleted, never handed on.
            WrittenFiles = BuildFiles.RemoveStale(IntermediateDirectory, all.Select(f => f.Path)).Select(p => (ITaskItem)new TaskItem(p)).ToArray();
            Files = all
                .Select(file =>
                {
                    var item = new TaskItem(file.Path);
                    foreach (var pair in file.Metadata) item.SetMetadata(pair.Key, HostFiles.Encode(pair.Value));
                    return (ITaskItem)item;
                })
                .ToArray();
            return !Log.HasLoggedErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever a file or a library throws, the build shows one located line, never MSB4018 with a stack trace.
            Log.LogError(null, "FG0105", null, StudyDirectory, 0, 0, 0, 0, "FindingsGen could not read the study's files: " + e.GetType().Name);
            return false;
        }
    }
}
