namespace FindingsGen.Language.Coding;

/// <summary>A variable (<c>&lt;Variable guid name typeOfVariable&gt;</c>): an attribute of cases or sources.</summary>
public sealed class QdaVariable
{
    /// <summary>Makes one; see the properties.</summary>
    public QdaVariable(string guid, string name, string type)
    {
        Guid = guid;
        Name = name;
        Type = type;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name.</summary>
    public string Name { get; }
    /// <summary>Its <c>typeOfVariable</c> as written: Text, Boolean, Integer, Float, Date or DateTime.</summary>
    public string Type { get; }
}
