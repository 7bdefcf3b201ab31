using FindingsGen.Language.Dsl.Attributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Divs;

/// <summary>
/// Parses Pandoc fenced divs. An opening fence is three or more colons followed by attributes
/// (<c>{...}</c> or a single class word); a line of colons alone closes the innermost open div,
/// as in Pandoc, whatever its length.
/// </summary>
public sealed class FencedDivParser : BlockParser
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
            attributes = AttributeParser.Parse(text, i, limit, out i);
            if (attributes is null) return BlockState.None;
        }
        else
        {
            // "::: warning" is shorthand for "::: {.warning}".
            int wordStart = i;
            while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] != ':') i++;
            attributes = new AttributeList();
            attributes.Items.Add(new AttributeItem(".", text.Substring(wordStart, i - wordStart), wordStart, i, wordStart, i));
        }
        // Pandoc allows trailing colons after the attributes.
        while (i < limit && (text[i] == ' ' || text[i] == '\t' || text[i] == ':')) i++;
        if (i < limit) return BlockState.None;

        processor.NewBlocks.Push(new FencedDiv(this, attributes)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
            ContentStart = line.End + 1,
            ContentEnd = line.End + 1,
        });
        return BlockState.ContinueDiscard;
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var div = (FencedDiv)block;
        if (HasOpenFencedChild(processor, div)) return BlockState.Continue;
        var line = processor.Line;
        if (!processor.IsCodeIndent && IsClosingFence(line))
        {
            div.ContentEnd = processor.CurrentLineStartPosition;
            div.UpdateSpanEnd(line.End);
            return BlockState.BreakDiscard;
        }
        div.ContentEnd = line.End + 1;
        return BlockState.Continue;
    }

    private static bool HasOpenFencedChild(BlockProcessor processor, ContainerBlock container)
    {
        // A closing fence belongs to the innermost open div, and a fenced code block keeps its colons.
        var last = container.LastChild;
        while (last is not null && processor.IsOpen(last))
        {
            if (last is FencedDiv || last is FencedCodeBlock) return true;
            last = last is ContainerBlock c ? c.LastChild : null;
        }
        return false;
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
