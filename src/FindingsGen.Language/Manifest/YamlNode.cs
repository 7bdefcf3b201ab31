using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>A node of a parsed YAML document, with its 1-based position. Every scalar stays a string.</summary>
internal abstract class YamlNode
{
    /// <summary>1-based line.</summary>
    public int Line { get; internal set; }
    /// <summary>1-based column.</summary>
    public int Column { get; internal set; }
    /// <summary>Offset of the node's start in the text.</summary>
    public int Start { get; internal set; }
    /// <summary>Offset just past the node's end.</summary>
    public int End { get; internal set; }
}

/// <summary>A scalar: its text exactly as written (after YAML unquoting), never converted to a number or boolean.</summary>
internal sealed class YamlScalar : YamlNode
{
    /// <summary>The value as a string.</summary>
    public string Value { get; internal set; } = "";
    /// <summary>True when the scalar was written in quotes or as a block.</summary>
    public bool IsQuoted { get; internal set; }
    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => !IsQuoted && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

/// <summary>A mapping, in document order. Keys are scalars and unique.</summary>
internal sealed class YamlMapping : YamlNode
{
    /// <summary>The entries in document order.</summary>
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = new();
}

/// <summary>A sequence, in document order.</summary>
internal sealed class YamlSequence : YamlNode
{
    /// <summary>The items.</summary>
    public List<YamlNode> Items { get; } = new();
}
