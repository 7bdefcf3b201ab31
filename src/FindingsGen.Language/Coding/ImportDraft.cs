using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>A study drafted from a QDA project by <see cref="QdaImporter"/>: the files to write, and what the researcher must be told.</summary>
public sealed class ImportDraft
{
    internal ImportDraft(IReadOnlyList<KeyValuePair<string, string>> files, IReadOnlyList<string> notes, string? problem,
        int participants, int themes, int subthemes, int quotations)
    {
        Files = files;
        Notes = notes;
        Problem = problem;
        Participants = participants;
        Themes = themes;
        Subthemes = subthemes;
        Quotations = quotations;
    }

    /// <summary>Study-relative path ('/'-separated) → text, in the order to write them; empty when <see cref="Problem"/> is set.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files { get; }
    /// <summary>What was changed or left out on the way (IDs made valid, codes without coding…), one line each, without source text.</summary>
    public IReadOnlyList<string> Notes { get; }
    /// <summary>Why no study can be drafted (an unknown <c>--themes-from</c> code), or null.</summary>
    public string? Problem { get; }
    /// <summary>How many participants.</summary>
    public int Participants { get; }
    /// <summary>How many themes.</summary>
    public int Themes { get; }
    /// <summary>How many subthemes.</summary>
    public int Subthemes { get; }
    /// <summary>How many quotations (one per coded selection under each subtheme's codes).</summary>
    public int Quotations { get; }
}
