using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using FindingsGen.Language.Dsl.Spans;

namespace FindingsGen.Language.Dsl.Limits;

/// <summary>
/// Parses a page within the <see cref="PageLimits"/>: a page too large, or with too long a table, is not parsed (its
/// document is empty); what lies deeper than <see cref="PageLimits.MaxDepth"/> becomes plain text; an exception from
/// Markdig becomes a problem at the page's start. Either way the page gets a problem to report and a document that
/// renders, so <c>check</c> never says "clean" about a page <c>build</c> cannot publish.
/// </summary>
internal static class LimitedParser
{
    /// <summary>Parses <paramref name="text"/> with the findings pipeline; <paramref name="problem"/> says where it went past a limit.</summary>
    public static MarkdownDocument Parse(string text, out LimitProblem? problem)
    {
        problem = null;
        if (text.Length > PageLimits.MaxCharacters)
        {
            problem = new LimitProblem(PageLimits.MaxCharacters,
                $"the page holds {text.Length:N0} characters, more than the {PageLimits.MaxCharacters:N0} a page may hold, so it is not read; split it into several pages");
            return new MarkdownDocument();
        }
        if (LongTableRow(text) is int row)
        {
            problem = new LimitProblem(row,
                $"more than {PageLimits.MaxTableRows:N0} consecutive lines with '|' (one table) start above this line, so the page is not read; split the table");
            return new MarkdownDocument();
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, FindingsPipeline.Instance);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The guards keep Markdig inside its own limits; should it still refuse the page, that is a located error,
            // never a crash, and the page is published empty.
            problem = new LimitProblem(0, $"the page could not be parsed as Markdown ({e.GetType().Name}), so it is not read");
            return new MarkdownDocument();
        }
        problem = LimitProblem.First(LimitProblem.Recorded(document), Flatten(document, text));
        return document;
    }

    /// <summary>The start of the line where a run of lines holding '|' goes past <see cref="PageLimits.MaxTableRows"/>, or null.</summary>
    private static int? LongTableRow(string text)
    {
        // Markdig's pipe tables take time that grows with the square of their rows; one pass over the text finds them.
        int run = 0;
        bool bar = false;
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                run = bar ? run + 1 : 0;
                if (run > PageLimits.MaxTableRows) return lineStart;
                bar = false;
                lineStart = i + 1;
            }
            else if (text[i] == '|') bar = true;
        }
        return null;
    }

    /// <summary>Replaces whatever lies deeper than <see cref="PageLimits.MaxDepth"/> by its source as plain text; returns the first place.</summary>
    private static LimitProblem? Flatten(MarkdownDocument document, string text)
    {
        LimitProblem? first = null;
        var blocks = new Stack<(ContainerBlock Container, int Depth)>();
        blocks.Push((document, 0));
        while (blocks.Count > 0)
        {
            var (container, depth) = blocks.Pop();
            for (int i = 0; i < container.Count; i++)
            {
                var block = container[i];
                if (depth + 1 > PageLimits.MaxDepth)
                {
                    container[i] = PlainParagraph(block, text);
                    first = LimitProblem.First(first, new LimitProblem(block.Span.Start, LimitProblem.TooDeep("quotes, lists and divs")));
                }
                else if (block is ContainerBlock child) blocks.Push((child, depth + 1));
                else if (block is LeafBlock { Inline: { } inline }) first = LimitProblem.First(first, FlattenInlines(inline, depth + 1, text));
            }
        }
        return first;
    }

    private static LimitProblem? FlattenInlines(ContainerInline root, int rootDepth, string text)
    {
        LimitProblem? first = null;
        var containers = new Stack<(ContainerInline Container, int Depth)>();
        containers.Push((root, rootDepth));
        while (containers.Count > 0)
        {
            var (container, depth) = containers.Pop();
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                bool tooDeep = depth + 1 > PageLimits.MaxDepth
                    || (inline is BracketedSpan span && SpanTooDeep(span, depth + 1));
                if (tooDeep)
                {
                    var literal = PlainLiteral(inline.Span, text);
                    inline.InsertBefore(literal);
                    inline.Remove();
                    inline = literal;
                    first = LimitProblem.First(first, new LimitProblem(literal.Span.Start, LimitProblem.TooDeep("blocks, emphasis, links and spans")));
                }
                else if (inline is ContainerInline child) containers.Push((child, depth + 1));
            }
        }
        return first;
    }

    /// <summary>
    /// True when something inside <paramref name="span"/> (at <paramref name="depth"/>) lies past the limit: the span is then
    /// plain text as a whole, reported where it starts. Spans that pass hold at most <see cref="PageLimits.MaxDepth"/> levels,
    /// so spans inside them are walked again at most that many times.
    /// </summary>
    private static bool SpanTooDeep(BracketedSpan span, int depth)
    {
        var nodes = new Stack<(ContainerInline Container, int Depth)>();
        nodes.Push((span, depth));
        while (nodes.Count > 0)
        {
            var (container, at) = nodes.Pop();
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                if (at + 1 > PageLimits.MaxDepth) return true;
                if (child is ContainerInline inner) nodes.Push((inner, at + 1));
            }
        }
        return false;
    }

    private static ParagraphBlock PlainParagraph(Block block, string text)
    {
        var paragraph = new ParagraphBlock { Line = block.Line, Column = block.Column, Span = block.Span };
        paragraph.Inline = new ContainerInline();
        paragraph.Inline.AppendChild(PlainLiteral(block.Span, text));
        return paragraph;
    }

    private static LiteralInline PlainLiteral(SourceSpan span, string text)
    {
        int start = Math.Max(0, Math.Min(span.Start, text.Length));
        int end = Math.Max(start - 1, Math.Min(span.End, text.Length - 1));
        return new LiteralInline(new StringSlice(text, start, end)) { Span = new SourceSpan(start, end) };
    }
}
