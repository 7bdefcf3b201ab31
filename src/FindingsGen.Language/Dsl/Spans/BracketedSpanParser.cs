using FindingsGen.Language.Dsl.Attributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>
/// Parses <c>[text]{attributes}</c>. Brackets inside the text nest (so <c>[...]</c> elisions stay inside
/// an inline quotation); when no attribute list follows the closing bracket it is not a span and the
/// link parser gets its turn.
/// </summary>
public sealed class BracketedSpanParser : InlineParser
{
    /// <summary>Creates the parser; it opens on <c>[</c>.</summary>
    public BracketedSpanParser() => OpeningCharacters = new[] { '[' };

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text;
        int open = slice.Start;
        int limit = slice.End + 1;
        int depth = 0;
        int close = -1;
        for (int i = open; i < limit; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0)
            {
                close = i;
                break;
            }
        }
        if (close < 0 || close + 1 >= limit || text[close + 1] != '{') return false;
        var attributes = AttributeParser.Parse(text, close + 1, limit, out int end);
        if (attributes is null) return false;

        int sourceStart = processor.GetSourcePosition(open, out int line, out int column);
        attributes.MapOffsets(i => processor.GetSourcePosition(i));
        int contentLength = close - open - 1;
        var offsets = new int[contentLength];
        for (int i = 0; i < contentLength; i++) offsets[i] = processor.GetSourcePosition(open + 1 + i);

        processor.Inline = new BracketedSpan(text.Substring(open + 1, contentLength), offsets, attributes)
        {
            Line = line,
            Column = column,
            Span = new SourceSpan(sourceStart, processor.GetSourcePosition(end - 1)),
        };
        slice.Start = end;
        return true;
    }
}
