using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A link to <c>#id</c>; with empty text it renders the target's title.</summary>
public sealed class CrossReference
{
    internal CrossReference(string targetId, bool isEmpty, SourceLocation location)
    {
        TargetId = targetId;
        IsEmpty = isEmpty;
        Location = location;
    }

    /// <summary>The ID linked to.</summary>
    public string TargetId { get; }
    /// <summary>True for <c>[](#id)</c>.</summary>
    public bool IsEmpty { get; }
    /// <summary>The link.</summary>
    public SourceLocation Location { get; }
}
