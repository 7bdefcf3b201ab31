using System.Collections.Generic;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Dsl.Limits;
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
        int close = Brackets(processor).Closing(text, open, limit);
        if (close < 0 || close + 1 >= limit || text[close + 1] != '{') return false;
        var attributes = AttributeParser.Parse(text, close + 1, limit, out int end);
        if (attributes is null)
        {
            if (end < 0) LimitProblem.Record(processor.Document, processor.GetSourcePosition(close + 1), LimitProblem.LongAttributes());
            else UnreadAttributeList.RecordIfConstruct(processor.Document, text, close + 1, end, limit, processor.GetSourcePosition);
            return false;
        }

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

    private BracketPairs Brackets(InlineProcessor processor)
    {
        if (processor.ParserStates[Index] is BracketPairs pairs) return pairs;
        pairs = new BracketPairs();
        processor.ParserStates[Index] = pairs;
        return pairs;
    }

    /// <summary>
    /// Where each <c>[</c> of a paragraph closes, found in one pass. Looking for the closing bracket from every opening
    /// one instead made a paragraph of n brackets cost n².
    /// </summary>
    private sealed class BracketPairs
    {
        private readonly Dictionary<int, int> closing = new();
        private readonly Stack<int> opened = new();
        private string? text;
        private int start, limit;

        /// <summary>The index of the <c>]</c> that closes the <c>[</c> at <paramref name="open"/> (brackets nest, <c>\</c> escapes), or -1.</summary>
        public int Closing(string text, int open, int limit)
        {
            if (!ReferenceEquals(this.text, text) || this.limit != limit || open < start) Pair(text, open, limit);
            return closing.TryGetValue(open, out int close) ? close : -1;
        }

        private void Pair(string text, int from, int limit)
        {
            this.text = text;
            this.limit = limit;
            start = from;
            closing.Clear();
            opened.Clear();
            for (int i = from; i < limit; i++)
            {
                char c = text[i];
                if (c == '\\') i++;
                else if (c == '[') opened.Push(i);
                else if (c == ']' && opened.Count > 0) closing[opened.Pop()] = i;
            }
        }
    }
}
