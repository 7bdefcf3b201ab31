using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// What a study's linked coding (<c>coding:</c> in the manifest, or <c>--coding</c>) shows, as the site and the rules use it:
/// for each theme and subtheme that names codes (<c>code=</c>), the participants who have a coded selection under any of them.
/// </summary>
public sealed class CodingSummary
{
    /// <summary>Makes one; see the properties.</summary>
    public CodingSummary(string source, IReadOnlyDictionary<string, IReadOnlyList<string>> codedParticipants)
    {
        Source = source;
        CodedParticipants = codedParticipants;
    }

    /// <summary>Where the coding came from: the project's file name, or the coding record's when the project was absent.</summary>
    public string Source { get; }
    /// <summary>Theme or subtheme ID → the IDs of the participants coded under its codes, in the manifest's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CodedParticipants { get; }
}
