using System.Collections.Generic;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Dsl.Limits;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>
/// Parses <c>[text]{attributes}</c> the way Markdig parses links: at a <c>[</c> whose matching <c>]</c> is followed by an
/// attribute list, a <see cref="BracketedSpan"/> is opened and the page's own parsers read its text as its children; at
/// that <c>]</c> it is closed (its emphasis resolved) and the attribute list skipped. Brackets inside the text nest (so
/// <c>[...]</c> elisions stay inside an inline quotation); when no attribute list follows the closing bracket it is not
/// a span and the link parser gets its turn.
/// </summary>
internal sealed class BracketedSpanParser : InlineParser
{
    /// <summary>Creates the parser; it opens on <c>[</c> and closes on <c>]</c>.</summary>
    public BracketedSpanParser() => OpeningCharacters = new[] { '[', ']' };

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var state = StateOf(processor);
        return slice.CurrentChar == '[' ? Open(processor, ref slice, state) : Close(processor, ref slice, state);
    }

    /// <summary>
    /// Where the innermost open span's closing <c>]</c> is, or -1 when none is open: whatever reads "the rest of the text"
    /// inside a span must stop before it, or the span would never close.
    /// </summary>
    internal static int OpenSpanClose(InlineProcessor processor)
    {
        foreach (var parser in processor.Parsers)
        {
            if (parser is BracketedSpanParser && processor.ParserStates[parser.Index] is State { Open.Count: > 0 } state) return state.Open.Peek().Close;
        }
        return -1;
    }

    private static bool Open(InlineProcessor processor, ref StringSlice slice, State state)
    {
        string text = slice.Text;
        int open = slice.Start;
        // Brackets are paired once over the whole paragraph (the end outside every open span), so nested spans stay linear;
        // the attribute list must end inside the enclosing span's text, as it had to when that text was read on its own.
        int paragraphEnd = state.Open.Count > 0 ? state.OuterEnd + 1 : slice.End + 1;
        int limit = state.Open.Count > 0 ? slice.End : slice.End + 1;
        int close = state.Pairs.Closing(text, open, paragraphEnd);
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
        if (state.Positions is null)
        {
            // The source offset of every character from here to the paragraph's end, found once for all its spans.
            state.Positions = new int[paragraphEnd - open];
            state.PositionsStart = open;
            for (int i = 0; i < state.Positions.Length; i++) state.Positions[i] = processor.GetSourcePosition(open + i);
        }
        var span = new BracketedSpan(text, open + 1, close - open - 1, state.Positions, state.PositionsStart, attributes)
        {
            Line = line,
            Column = column,
            Span = new SourceSpan(sourceStart, processor.GetSourcePosition(end - 1)),
            IsClosed = false,
        };
        if (state.Open.Count == 0) state.OuterEnd = slice.End;
        state.Open.Push(new OpenSpan(span, close, end, slice.End));
        processor.Inline = span;
        // The text and its closing bracket only: nothing parsed inside the span can reach past it.
        slice.Start = open + 1;
        slice.End = close;
        return true;
    }

    private static bool Close(InlineProcessor processor, ref StringSlice slice, State state)
    {
        if (state.Open.Count == 0 || state.Open.Peek().Close != slice.Start) return false;
        var open = state.Open.Pop();
        var span = open.Span;
        span.IsClosed = true;
        // As Markdig does for a link's text: emphasis pairs inside the span, never across its brackets.
        processor.PostProcessInlines(0, span, null, false);
        processor.Inline = span;
        slice.End = open.End;
        slice.Start = open.AfterAttributes;
        return true;
    }

    private State StateOf(InlineProcessor processor)
    {
        if (processor.ParserStates[Index] is State state) return state;
        state = new State();
        processor.ParserStates[Index] = state;
        return state;
    }

    private sealed class State
    {
        public BracketPairs Pairs { get; } = new();
        public Stack<OpenSpan> Open { get; } = new();
        /// <summary>The paragraph's last index, while spans are open (the slice then ends at the innermost one's bracket).</summary>
        public int OuterEnd { get; set; }
        /// <summary>The source offset of each character of the paragraph from <see cref="PositionsStart"/> on.</summary>
        public int[]? Positions { get; set; }
        public int PositionsStart { get; set; }
    }

    private readonly struct OpenSpan
    {
        public OpenSpan(BracketedSpan span, int close, int afterAttributes, int end)
        {
            Span = span;
            Close = close;
            AfterAttributes = afterAttributes;
            End = end;
        }

        public BracketedSpan Span { get; }
        public int Close { get; }
        public int AfterAttributes { get; }
        /// <summary>Where the text to parse ended before the span opened, restored when it closes.</summary>
        public int End { get; }
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
