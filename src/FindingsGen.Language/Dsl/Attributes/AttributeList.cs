using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Dsl.Attributes;

/// <summary>A parsed Pandoc attribute list <c>{#id .class key=value}</c>.</summary>
public sealed class AttributeList
{
    /// <summary>The items in written order.</summary>
    public List<AttributeItem> Items { get; } = new();

    /// <summary>Source offset of the list's first character (its <c>{</c>, or the class word of <c>::: word</c>).</summary>
    public int Start { get; internal set; }

    /// <summary>Source offset just past the list (past its <c>}</c>).</summary>
    public int End { get; internal set; }

    /// <summary>The <c>#id</c>, or null.</summary>
    public AttributeItem? Id => Find("#");

    /// <summary>True when the list has <c>.name</c>.</summary>
    public bool HasClass(string name)
    {
        foreach (var item in Items)
        {
            if (item.Key == "." && item.Value == name) return true;
        }
        return false;
    }

    /// <summary>The classes in written order.</summary>
    public IEnumerable<string> Classes
    {
        get
        {
            foreach (var item in Items)
            {
                if (item.Key == ".") yield return item.Value;
            }
        }
    }

    /// <summary>The first item with this key (<c>#</c> for the id), or null.</summary>
    public AttributeItem? Find(string key)
    {
        foreach (var item in Items)
        {
            if (item.Key == key) return item;
        }
        return null;
    }

    /// <summary>Moves every offset by <paramref name="map"/> (from parse-local to source offsets).</summary>
    internal void MapOffsets(Func<int, int> map)
    {
        int listStart = Start, listEnd = End;
        Start = map(listStart);
        End = listEnd > listStart ? map(listEnd - 1) + 1 : Start;
        foreach (var item in Items)
        {
            int end = item.End, valueStart = item.ValueStart, valueEnd = item.ValueEnd;
            item.Start = map(item.Start);
            item.End = map(end - 1) + 1;
            item.ValueStart = map(valueStart);
            item.ValueEnd = valueEnd > valueStart ? map(valueEnd - 1) + 1 : item.ValueStart;
        }
    }
}
