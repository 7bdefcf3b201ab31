using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>One code of a <see cref="CodeBook"/>: its GUID as written, its name and its place in the tree.</summary>
internal sealed class CodeEntry
{
    public CodeEntry(string guid, string name, CodeEntry? parent)
    {
        Guid = guid;
        Name = name;
        Parent = parent;
    }

    /// <summary>Its GUID as written.</summary>
    public string Guid { get; }
    /// <summary>Its name.</summary>
    public string Name { get; }
    /// <summary>The code it is nested in, or null at the top.</summary>
    public CodeEntry? Parent { get; }
    /// <summary>The codes nested in it.</summary>
    public List<CodeEntry> Children { get; } = new();

    /// <summary>"Parent › Name": where it is, as messages name a code whose name is not unique.</summary>
    public string Path
    {
        get
        {
            var parts = new List<string>();
            // Bounded: a record could describe a cycle no project can, and a message must still end.
            for (var c = this; c is not null && parts.Count < 8; c = c.Parent) parts.Insert(0, CodeBook.Shown(c.Name));
            return string.Join(" \u203a ", parts);
        }
    }
}
