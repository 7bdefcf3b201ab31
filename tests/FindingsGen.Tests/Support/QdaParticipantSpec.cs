using System.Collections.Generic;

namespace FindingsGen.Tests;

/// <summary>
/// A participant of a <see cref="QdaProjectSpec"/>: a case (where the shape has cases) and one text source named by the
/// ID, holding <paramref name="Transcript"/> (lines separated by "\n"; the shape decides the line ends and encoding).
/// </summary>
public sealed record QdaParticipantSpec(string Id, string Transcript, IReadOnlyList<QdaVariableSpec> Variables)
{
    /// <summary>A participant with variables.</summary>
    public QdaParticipantSpec(string id, string transcript, params QdaVariableSpec[] variables) : this(id, transcript, (IReadOnlyList<QdaVariableSpec>)variables)
    {
    }
}
