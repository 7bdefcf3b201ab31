using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>A set (<c>&lt;Set guid name&gt;</c>): a named group of sources (MAXQDA's document groups) or of codes.</summary>
public sealed class QdaSet
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaSet(string guid, string name, IReadOnlyList<string> sourceGuids, IReadOnlyList<string> codeGuids)
    {
        Guid = guid;
        Name = name;
        SourceGuids = sourceGuids;
        CodeGuids = codeGuids;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name.</summary>
    public string Name { get; }
    /// <summary>Its member sources (<c>&lt;MemberSource targetGUID&gt;</c>), as written.</summary>
    public IReadOnlyList<string> SourceGuids { get; }
    /// <summary>Its member codes (<c>&lt;MemberCode&gt;</c>), as written.</summary>
    public IReadOnlyList<string> CodeGuids { get; }
}
