using System;
using System.Linq;
using FindingsGen.Files;
using FindingsGen.Language;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FindingsGen.Build;

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

    /// <summary>The files to add as AdditionalFiles.</summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Files = BuildFiles.Collect(StudyDirectory, IntermediateDirectory, string.IsNullOrWhiteSpace(TranscriptsFolder) ? null : TranscriptsFolder)
                .Select(file =>
                {
                    var item = new TaskItem(file.Path);
                    foreach (var pair in file.Metadata) item.SetMetadata(pair.Key, HostFiles.Encode(pair.Value));
                    return (ITaskItem)item;
                })
                .ToArray();
            return true;
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "FG0105", null, StudyDirectory, 0, 0, 0, 0, "FindingsGen could not read the study's files: " + e.GetType().Name);
            return false;
        }
    }
}
