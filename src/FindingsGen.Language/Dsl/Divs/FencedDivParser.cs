using System.Collections.Generic;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Dsl.Limits;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Divs;

/// <summary>
/// Parses Pandoc fenced divs. An opening fence is three or more colons followed by attributes
/// (<c>{...}</c> or a single class word); a line of colons alone closes the innermost open div,
/// as in Pandoc, whatever its length.
/// </summary>
internal sealed class FencedDivParser : BlockParser
{
    /// <summary>Creates the parser; it opens on <c>:</c>.</summary>
    public FencedDivParser() => OpeningCharacters = new[] { ':' };

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        string text = line.Text;
        int i = line.Start;
        int limit = line.End + 1;
        int colons = CountColons(text, i, limit);
        if (colons < 3) return BlockState.None;
        i += colons;
        while (i < limit && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i >= limit) return BlockState.None; // a bare fence closes; it never opens

        AttributeList? attributes;
        if (text[i] == '{')
        {
            int listStart = i;
            attributes = AttributeParser.Parse(text, listStart, limit, out i);
            if (attributes is null)
            {
                if (i < 0) LimitProblem.Record(processor.Document, listStart, LimitProblem.LongAttributes());
                else UnreadAttributeList.RecordIfConstruct(processor.Document, text, listStart, i, limit, offset => offset);
                return BlockState.None;
            }
        }
        else
        {
            // "::: warning" is shorthand for "::: {.warning}".
            int wordStart = i;
            while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] != ':') i++;
            attributes = new AttributeList { Start = wordStart, End = i };
            attributes.Items.Add(new AttributeItem(".", text.Substring(wordStart, i - wordStart), wordStart, i, wordStart, i));
        }
        // Pandoc allows trailing colons after the attributes.
        while (i < limit && (text[i] == ' ' || text[i] == '\t' || text[i] == ':')) i++;
        if (i < limit) return BlockState.None;

        var div = new FencedDiv(this, attributes)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
            ContentStart = line.End + 1,
            ContentEnd = line.End + 1,
        };
        processor.NewBlocks.Push(div);
        OpenDivs(processor).Add(div);
        return BlockState.ContinueDiscard;
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var div = (FencedDiv)block;
        var line = processor.Line;
        // Only a closing fence needs to know which div is innermost; every other line just continues, in constant time
        // (asking on every line made n unclosed divs cost n³).
        if (processor.IsCodeIndent || !IsClosingFence(line))
        {
            div.ContentEnd = line.End + 1;
            return BlockState.Continue;
        }
        if (OpenDivs(processor).Innermost != div || HasOpenFencedCode(processor, div)) return BlockState.Continue;
        div.ContentEnd = processor.CurrentLineStartPosition;
        div.HasClosingFence = true;
        div.UpdateSpanEnd(line.End);
        return BlockState.BreakDiscard;
    }

    /// <inheritdoc />
    public override bool Close(BlockProcessor processor, Block block)
    {
        OpenDivs(processor).Remove((FencedDiv)block);
        return true;
    }

    /// <summary>The divs open in the document being parsed, innermost last (the parser itself is shared by every parse).</summary>
    private sealed class OpenDivList
    {
        private readonly List<FencedDiv> divs = new();

        public FencedDiv? Innermost => divs.Count > 0 ? divs[divs.Count - 1] : null;

        public void Add(FencedDiv div) => divs.Add(div);

        public void Remove(FencedDiv div)
        {
            // Divs close innermost first, so this is almost always the last one.
            int i = divs.LastIndexOf(div);
            if (i >= 0) divs.RemoveAt(i);
        }
    }

    private static readonly object OpenDivsKey = new();

    private static OpenDivList OpenDivs(BlockProcessor processor)
    {
        if (processor.Document.GetData(OpenDivsKey) is OpenDivList list) return list;
        list = new OpenDivList();
        processor.Document.SetData(OpenDivsKey, list);
        return list;
    }

    /// <summary>True when a fenced code block is open inside <paramref name="div"/>: a line of colons is then code.</summary>
    private static bool HasOpenFencedCode(BlockProcessor processor, FencedDiv div)
    {
        // An open leaf is always the last block of the chain of last children; only it can be an open code block.
        Block? last = div.LastChild;
        while (last is ContainerBlock container && container.LastChild is not null) last = container.LastChild;
        return last is FencedCodeBlock code && processor.IsOpen(code);
    }

    private static bool IsClosingFence(StringSlice line)
    {
        string text = line.Text;
        int i = line.Start, limit = line.End + 1;
        while (i < limit && text[i] == ' ') i++;
        int colons = CountColons(text, i, limit);
        if (colons < 3) return false;
        for (i += colons; i < limit; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    private static int CountColons(string text, int start, int limit)
    {
        int i = start;
        while (i < limit && text[i] == ':') i++;
        return i - start;
    }
}
