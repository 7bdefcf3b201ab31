namespace FindingsGen.Language.Dsl.Attributes;

/// <summary>One item of a Pandoc attribute list: <c>#id</c>, <c>.class</c> or <c>key=value</c>, with source offsets.</summary>
public sealed class AttributeItem
{
    internal AttributeItem(string key, string value, int start, int end, int valueStart, int valueEnd)
    {
        Key = key;
        Value = value;
        Start = start;
        End = end;
        ValueStart = valueStart;
        ValueEnd = valueEnd;
    }

    /// <summary>The key; <c>#</c> for the id and <c>.</c> for a class.</summary>
    public string Key { get; }
    /// <summary>The value, unquoted.</summary>
    public string Value { get; }
    /// <summary>Source offset of the item's first character.</summary>
    public int Start { get; internal set; }
    /// <summary>Source offset just past the item.</summary>
    public int End { get; internal set; }
    /// <summary>Source offset of the value's first character (inside quotes).</summary>
    public int ValueStart { get; internal set; }
    /// <summary>Source offset just past the value.</summary>
    public int ValueEnd { get; internal set; }
}
