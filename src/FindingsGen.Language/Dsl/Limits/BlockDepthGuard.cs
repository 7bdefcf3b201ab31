using Markdig.Parsers;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Limits;

/// <summary>
/// Tried before the parsers that open container blocks (quotes, list items, fenced divs): once the open containers are
/// <see cref="PageLimits.MaxDepth"/> deep, the rest of the line is a paragraph instead of a deeper container. Markdig
/// takes time that grows with the depth on every line, and refuses a document deeper than 128; here neither can happen.
/// </summary>
internal sealed class BlockDepthGuard : BlockParser
{
    public BlockDepthGuard() => OpeningCharacters = new[] { '>', '-', '+', '*', ':', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        int depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null && depth <= PageLimits.MaxDepth; block = block.Parent) depth++;
        // The document itself is the first container: below the limit there is room for one more.
        if (depth <= PageLimits.MaxDepth) return BlockState.None;

        LimitProblem.Record(processor.Document, processor.Start, LimitProblem.TooDeep("quotes, lists and divs"));
        var paragraphParser = processor.Parsers.Find<ParagraphBlockParser>();
        processor.NewBlocks.Push(new ParagraphBlock(paragraphParser)
        {
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.Continue;
    }
}
