using System.Collections.Generic;

namespace FindingsGen.Tests;

/// <summary>
/// A coded selection of a <see cref="QdaProjectSpec"/>: the first occurrence of <paramref name="Text"/> in the
/// participant's transcript (as the spec writes it, with "\n" line ends), coded with the codes named.
/// </summary>
public sealed record QdaSelectionSpec(string Participant, string Text, IReadOnlyList<string> Codes)
{
    /// <summary>A selection coded with one code or more.</summary>
    public QdaSelectionSpec(string participant, string text, params string[] codes) : this(participant, text, (IReadOnlyList<string>)codes)
    {
    }
}
