using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// A REFI-QDA project (the <c>project.qde</c> of a <c>.qdpx</c>, namespace <c>urn:QDA-XML:project:1.0</c>), or a codebook alone
/// (<c>.qdc</c>, namespace <c>urn:QDA-XML:codebook:1.0</c>: no cases, sources or selections), as far as FindingsGen uses it.
/// GUIDs are kept as written and compared ignoring case (MAXQDA writes them in upper case).
/// </summary>
public sealed class QdaProject
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaProject(string name, IReadOnlyList<QdaCode> codes, IReadOnlyList<QdaCase> cases, IReadOnlyList<QdaSource> sources)
    {
        Name = name;
        Codes = codes;
        Cases = cases;
        Sources = sources;
    }

    /// <summary>The project's name (its <c>name</c> attribute), or "" for a codebook.</summary>
    public string Name { get; }
    /// <summary>The codebook's top-level codes, in document order; each holds its children.</summary>
    public IReadOnlyList<QdaCode> Codes { get; }
    /// <summary>The cases (participants), in document order.</summary>
    public IReadOnlyList<QdaCase> Cases { get; }
    /// <summary>The text sources, in document order.</summary>
    public IReadOnlyList<QdaSource> Sources { get; }
}
