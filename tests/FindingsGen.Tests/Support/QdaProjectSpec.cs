using System.Collections.Generic;

namespace FindingsGen.Tests;

/// <summary>
/// A QDA project described in memory, for <see cref="QdaProjects"/> to write in the shape of a package:
/// a codebook, participants with their transcripts and variables, coded selections, and groups of participants
/// (MAXQDA's document groups; the other shapes leave them out).
/// </summary>
public sealed record QdaProjectSpec(
    string Name,
    IReadOnlyList<QdaCodeSpec> Codes,
    IReadOnlyList<QdaParticipantSpec> Participants,
    IReadOnlyList<QdaSelectionSpec> Selections,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Groups = null);
