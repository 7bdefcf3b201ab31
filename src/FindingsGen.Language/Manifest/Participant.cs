using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>An anonymised participant: an ID exactly as written, and attributes in document order.</summary>
public sealed class Participant
{
    /// <summary>Creates a participant.</summary>
    public Participant(string id, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        Id = id;
        Attributes = attributes;
    }

    /// <summary>The ID as written (<c>0123</c> stays <c>0123</c>).</summary>
    public string Id { get; }
    /// <summary>Attributes such as profession, in manifest order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>An attribute's value, or null.</summary>
    public string? Attribute(string name)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == name) return pair.Value;
        }
        return null;
    }
}
