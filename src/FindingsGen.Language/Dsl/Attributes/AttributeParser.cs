namespace FindingsGen.Language.Dsl.Attributes;

/// <summary>
/// Parses Pandoc attributes, <c>{#id .class key=value key="a b" key='c'}</c>. Returns null ("no match")
/// instead of throwing, so the text is left to other parsers when it is not an attribute list.
/// </summary>
internal static class AttributeParser
{
    /// <summary>
    /// Parses the list that starts with <c>{</c> at <paramref name="start"/>. On success, <paramref name="end"/>
    /// is the index just past <c>}</c> and the items' offsets are indices into <paramref name="text"/>; when the list
    /// is longer than <see cref="MaxLength"/>, the result is null and <paramref name="end"/> is -1.
    /// </summary>
    public static AttributeList? Parse(string text, int start, int limit, out int end)
    {
        // Bounded, so that trying list after list in a long paragraph stays linear; a list that runs past the bound is
        // told apart (end = -1) so the caller can report it rather than let the text pass as prose.
        bool bounded = limit - start > MaxLength;
        if (bounded && text.IndexOf('}', start, MaxLength) < 0)
        {
            // No closing brace within reach (a quick search): it cannot be a list of at most MaxLength.
            end = -1;
            return null;
        }
        var list = ParseWithin(text, start, bounded ? start + MaxLength : limit, out end);
        if (list is null && bounded && end >= start + MaxLength) end = -1;
        return list;
    }

    /// <summary>The longest attribute list read, in characters.</summary>
    public const int MaxLength = 1_000;

    private static AttributeList? ParseWithin(string text, int start, int limit, out int end)
    {
        end = start;
        if (start >= limit || text[start] != '{') return null;
        var list = new AttributeList { Start = start };
        int i = start + 1;
        while (true)
        {
            while (i < limit && char.IsWhiteSpace(text[i])) i++;
            if (i >= limit) { end = i; return null; }
            char c = text[i];
            if (c == '}')
            {
                end = i + 1;
                list.End = end;
                return list;
            }
            int itemStart = i;
            if (c == '#' || c == '.')
            {
                int nameStart = ++i;
                while (i < limit && IsNameChar(text[i])) i++;
                if (i == nameStart) { end = i; return null; }
                list.Items.Add(new AttributeItem(c.ToString(), text.Substring(nameStart, i - nameStart), itemStart, i, nameStart, i));
                continue;
            }
            if (!IsNameStart(c)) { end = i; return null; }
            int keyStart = i;
            while (i < limit && IsNameChar(text[i])) i++;
            string key = text.Substring(keyStart, i - keyStart);
            if (i >= limit || text[i] != '=') { end = i; return null; }
            i++;
            if (i >= limit) { end = i; return null; }
            char quote = text[i];
            int valueStart, valueEnd;
            if (quote == '"' || quote == '\'')
            {
                valueStart = ++i;
                while (i < limit && text[i] != quote)
                {
                    if (text[i] == '\\' && i + 1 < limit) i++;
                    i++;
                }
                if (i >= limit) { end = i; return null; }
                valueEnd = i++;
            }
            else
            {
                // An empty value ("from=") is kept, not a reason to reject the list: rejected, the span or div would
                // silently become prose; kept, the rules can say the value is missing.
                valueStart = i;
                while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] != '}') i++;
                valueEnd = i;
            }
            string value = Unescape(text.Substring(valueStart, valueEnd - valueStart));
            list.Items.Add(new AttributeItem(key, value, itemStart, i, valueStart, valueEnd));
        }
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == ':';

    private static string Unescape(string value) =>
        value.IndexOf('\\') < 0 ? value : value.Replace("\\\"", "\"").Replace("\\'", "'").Replace("\\\\", "\\");
}
