using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>A case (<c>&lt;Case&gt;</c>): in an interview study, a participant.</summary>
public sealed class QdaCase
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaCase(string guid, string name, IReadOnlyDictionary<string, string> variables, IReadOnlyList<string> sourceGuids, string? description = null)
    {
        Guid = guid;
        Name = name;
        Variables = variables;
        SourceGuids = sourceGuids;
        Description = description;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name (FindingsGen's participant ID when imported).</summary>
    public string Name { get; }
    /// <summary>
    /// Its variable values by variable name (<c>&lt;VariableValue&gt;</c>), as text whatever the variable's type: a
    /// <c>BooleanValue</c> as <c>true</c>/<c>false</c>, numbers and dates as written.
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables { get; }
    /// <summary>The sources that belong to it (<c>&lt;SourceRef targetGUID&gt;</c>), as written; only GUIDs of sources the project holds.</summary>
    public IReadOnlyList<string> SourceGuids { get; }
    /// <summary>Its <c>&lt;Description&gt;</c>, or null.</summary>
    public string? Description { get; }
}
