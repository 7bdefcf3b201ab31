using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A participant ID as written in an <c>of</c> or <c>from</c> attribute.</summary>
public sealed class ParticipantRef
{
    internal ParticipantRef(string id, SourceLocation location)
    {
        Id = id;
        Location = location;
    }

    /// <summary>The ID as written.</summary>
    public string Id { get; }
    /// <summary>Where it is written.</summary>
    public SourceLocation Location { get; }
}
