using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// A REFI-QDA project (the <c>project.qde</c> of a <c>.qdpx</c>, namespace <c>urn:QDA-XML:project:1.0</c>), or a codebook alone
/// (<c>.qdc</c>, namespace <c>urn:QDA-XML:codebook:1.0</c>: no cases, sources or selections), as far as FindingsGen uses it.
/// GUIDs are kept as written and compared ignoring case (MAXQDA writes them in upper case): see <see cref="QdaGuid"/>.
/// </summary>
public sealed class QdaProject
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaProject(string name, IReadOnlyList<QdaCode> codes, IReadOnlyList<QdaCase> cases, IReadOnlyList<QdaSource> sources,
        string? origin = null, IReadOnlyList<QdaVariable>? variables = null, IReadOnlyList<QdaSet>? sets = null,
        IReadOnlyList<string>? otherSources = null, bool isCodebook = false)
    {
        Name = name;
        Codes = codes;
        Cases = cases;
        Sources = sources;
        Origin = origin;
        Variables = variables ?? Array.Empty<QdaVariable>();
        Sets = sets ?? Array.Empty<QdaSet>();
        OtherSources = otherSources ?? Array.Empty<string>();
        IsCodebook = isCodebook;
    }

    /// <summary>The project's name (its <c>name</c> attribute), or "" for a codebook.</summary>
    public string Name { get; }
    /// <summary>The codebook's top-level codes, in document order; each holds its children.</summary>
    public IReadOnlyList<QdaCode> Codes { get; }
    /// <summary>The cases (participants), in document order.</summary>
    public IReadOnlyList<QdaCase> Cases { get; }
    /// <summary>The text sources, in document order.</summary>
    public IReadOnlyList<QdaSource> Sources { get; }
    /// <summary>
    /// The <c>origin</c> attribute as written (the package and version that exported it: "QualCoder 3.6", "MAXQDA 2024"), or
    /// null. A hint for how its positions count (see <see cref="QdaSelection"/>), never relied on.
    /// </summary>
    public string? Origin { get; }
    /// <summary>The variables declared for cases and sources (<c>&lt;Variables&gt;</c>), in document order.</summary>
    public IReadOnlyList<QdaVariable> Variables { get; }
    /// <summary>The sets (<c>&lt;Sets&gt;</c>: MAXQDA's document groups, code sets), in document order.</summary>
    public IReadOnlyList<QdaSet> Sets { get; }
    /// <summary>
    /// The sources that are not text and are not read (a PDF, a picture, audio or video), each as its kind and name
    /// ("PDFSource 'Consent form'"), so an importer can say what it left out.
    /// </summary>
    public IReadOnlyList<string> OtherSources { get; }
    /// <summary>True when this is a codebook alone (a <c>.qdc</c>).</summary>
    public bool IsCodebook { get; }

    /// <summary>Every code, depth first in document order (a parent before its children).</summary>
    public IEnumerable<QdaCode> AllCodes()
    {
        var stack = new Stack<IEnumerator<QdaCode>>();
        stack.Push(((IEnumerable<QdaCode>)Codes).GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                stack.Pop();
                continue;
            }
            yield return top.Current;
            stack.Push(((IEnumerable<QdaCode>)top.Current.Children).GetEnumerator());
        }
    }
}
