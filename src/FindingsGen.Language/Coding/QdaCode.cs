using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>A code of the codebook (<c>&lt;Code guid name isCodable&gt;</c>), with its nested codes.</summary>
public sealed class QdaCode
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaCode(string guid, string name, string? description, IReadOnlyList<QdaCode> children, bool isCodable = true, string? color = null)
    {
        Guid = guid;
        Name = name;
        Description = description;
        Children = children;
        IsCodable = isCodable;
        Color = color;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name.</summary>
    public string Name { get; }
    /// <summary>Its <c>&lt;Description&gt;</c>, or null.</summary>
    public string? Description { get; }
    /// <summary>The codes nested in it, in document order.</summary>
    public IReadOnlyList<QdaCode> Children { get; }
    /// <summary>Its <c>isCodable</c> attribute: false for a code that only groups others (a folder in ATLAS.ti and NVivo).</summary>
    public bool IsCodable { get; }
    /// <summary>Its <c>color</c> attribute as written (<c>#RRGGBB</c>), or null.</summary>
    public string? Color { get; }
}
