using FindingsGen.Language.Dsl.Spans;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Language.Dsl.Limits;

/// <summary>
/// Tried before the parsers of brackets and emphasis: once <see cref="PageLimits.MaxOpenInlines"/> of them are open at once,
/// the rest of the paragraph (or of the span it is in) is plain text. Markdig walks the open ones for every new element (time grows with their square)
/// and refuses more than 10,240; here neither can happen.
/// </summary>
internal sealed class InlineDepthGuard : InlineParser
{
    public InlineDepthGuard() => OpeningCharacters = new[] { '[', '!', '*', '_' };

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar == '!' && slice.PeekChar() != '[') return false;
        int depth = 0;
        ContainerInline? open = processor.Block?.Inline;
        while (open?.LastChild is ContainerInline child && !child.IsClosed && depth < PageLimits.MaxOpenInlines)
        {
            open = child;
            depth++;
        }
        if (depth < PageLimits.MaxOpenInlines) return false;

        // The rest of the paragraph is plain text: marker after marker would otherwise each pay for the walk above, and
        // Markdig's own, over all that is open.
        int start = slice.Start;
        int end = slice.End + 1;
        // Inside a span the text ends at its closing bracket, which must still close it.
        if (BracketedSpanParser.OpenSpanClose(processor) == slice.End) end = slice.End;
        int sourceStart = processor.GetSourcePosition(start, out int line, out int column);
        LimitProblem.Record(processor.Document, sourceStart, LimitProblem.TooManyOpen());
        processor.Inline = new LiteralInline(new StringSlice(slice.Text, start, end - 1))
        {
            Line = line,
            Column = column,
            Span = new SourceSpan(sourceStart, processor.GetSourcePosition(end - 1)),
        };
        slice.Start = end;
        return true;
    }
}
