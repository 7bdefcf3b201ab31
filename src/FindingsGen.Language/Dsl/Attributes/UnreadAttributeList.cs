using System;
using System.Collections.Generic;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Attributes;

/// <summary>
/// An attribute list that names a construct (<c>from=</c>, <c>of=</c>, <c>.quote</c>, <c>.freq</c>, <c>.theme</c>,
/// <c>.subtheme</c>) but cannot be read, such as <c>{.quote from=T1 T2}</c>: what it is written on would pass as prose,
/// so the parsers remember it for FG0010.
/// </summary>
public sealed class UnreadAttributeList
{
    private static readonly object Key = typeof(UnreadAttributeList);
    private static readonly string[] Markers = { "from=", "of=", ".quote", ".freq", ".theme", ".subtheme" };

    internal UnreadAttributeList(int start, int failedAt)
    {
        Start = start;
        FailedAt = failedAt;
    }

    /// <summary>Source offset of the list's <c>{</c>.</summary>
    public int Start { get; }

    /// <summary>Source offset of the first character that cannot be read.</summary>
    public int FailedAt { get; }

    /// <summary>The unread lists of <paramref name="document"/>, in the order met.</summary>
    public static IReadOnlyList<UnreadAttributeList> In(MarkdownDocument document) =>
        document.GetData(Key) as List<UnreadAttributeList> ?? (IReadOnlyList<UnreadAttributeList>)Array.Empty<UnreadAttributeList>();

    /// <summary>
    /// Remembers the list at <paramref name="start"/> in <paramref name="text"/> (parse-local offsets, mapped by
    /// <paramref name="toSource"/>) that failed at <paramref name="failedAt"/>, when it names a construct.
    /// </summary>
    internal static void RecordIfConstruct(MarkdownDocument document, string text, int start, int failedAt, int limit, Func<int, int> toSource)
    {
        int length = Math.Min(limit, start + AttributeParser.MaxLength) - start;
        if (length <= 0 || failedAt < start) return;
        int close = text.IndexOf('}', start, length);
        string written = text.Substring(start, (close < 0 ? start + length : close + 1) - start);
        bool namesConstruct = false;
        foreach (var marker in Markers) namesConstruct |= written.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0;
        if (!namesConstruct) return;
        if (document.GetData(Key) is not List<UnreadAttributeList> list)
        {
            list = new List<UnreadAttributeList>();
            document.SetData(Key, list);
        }
        list.Add(new UnreadAttributeList(toSource(start), toSource(Math.Min(failedAt, limit - 1))));
    }
}
