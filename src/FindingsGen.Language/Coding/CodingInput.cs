using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Coding;

/// <summary>
/// What the host found of the study's linked coding (<c>coding:</c> in the manifest, or <c>--coding</c>): the project as
/// read, or why it is not there, and the coding record that stands in for it where it is absent (public CI).
/// </summary>
public sealed class CodingInput
{
    /// <summary>Makes one for the project named <paramref name="name"/> (as messages show it: the file's name).</summary>
    public CodingInput(string name) => Name = name;

    /// <summary>The project's file name, as messages and the summary show it.</summary>
    public string Name { get; }
    /// <summary>The project as read, or null when it is missing or could not be read.</summary>
    public QdaProject? Project { get; set; }
    /// <summary>
    /// True when the project is not there (no such file): the coding record is then used, as findings.lock is where the
    /// transcripts are absent. A project that is there but cannot be read is never replaced by the record.
    /// </summary>
    public bool ProjectMissing { get; set; }
    /// <summary>Why the project is not there or cannot be used, when no diagnostic of the reader says it; null otherwise.</summary>
    public string? Problem { get; set; }
    /// <summary>What the project reader reported (FG0505 with the file's position).</summary>
    public List<Diagnostic> Diagnostics { get; } = new();
    /// <summary>The text of findings.coding.lock, or null when there is none.</summary>
    public string? RecordText { get; set; }
    /// <summary>Why findings.coding.lock is there but could not be read (too large, a link out of the study), or null.</summary>
    public string? RecordProblem { get; set; }
}
