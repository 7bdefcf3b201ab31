using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>A code of the codebook (<c>&lt;Code guid name isCodable&gt;</c>), with its nested codes.</summary>
public sealed class QdaCode
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaCode(string guid, string name, string? description, IReadOnlyList<QdaCode> children)
    {
        Guid = guid;
        Name = name;
        Description = description;
        Children = children;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name.</summary>
    public string Name { get; }
    /// <summary>Its <c>&lt;Description&gt;</c>, or null.</summary>
    public string? Description { get; }
    /// <summary>The codes nested in it, in document order.</summary>
    public IReadOnlyList<QdaCode> Children { get; }
}
