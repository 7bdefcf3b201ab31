using System;
using FindingsGen.Language.Dsl.Attributes;
using FindingsGen.Language.Dsl.Limits;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FindingsGen.Language.Dsl.Headings;

/// <summary>
/// Moves a trailing <c>{#id .class key=value}</c> out of a heading's text into its attributes, once the
/// document is parsed. The HTML renderer then writes the id and classes; the model reads the rest.
/// </summary>
internal sealed class HeadingAttributesExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Process;
        pipeline.DocumentProcessed += Process;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Process(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline?.LastChild is not LiteralInline literal) continue;
            var content = literal.Content;
            string text = content.Text;
            int end = content.End;
            while (end >= content.Start && char.IsWhiteSpace(text[end])) end--;
            if (end < content.Start || text[end] != '}') continue;

            // A list ending at the last '}' starts at most AttributeParser.MaxLength before it.
            int earliest = Math.Max(content.Start, end + 1 - AttributeParser.MaxLength);
            bool tooLong = end + 1 - content.Start > AttributeParser.MaxLength;
            int firstFailure = -1, firstFailedOpen = -1;
            for (int open = text.LastIndexOf('{', end); open >= earliest; open = open > 0 ? text.LastIndexOf('{', open - 1) : -1)
            {
                var attributes = AttributeParser.Parse(text, open, end + 1, out int parsedEnd);
                if (attributes is null || parsedEnd != end + 1)
                {
                    if (firstFailedOpen < 0 && attributes is null && parsedEnd >= 0) (firstFailedOpen, firstFailure) = (open, parsedEnd);
                    continue;
                }
                tooLong = false;
                firstFailedOpen = -1;

                int delta = literal.Span.Start - content.Start;
                attributes.MapOffsets(i => i + delta);
                int keep = open - 1;
                while (keep >= content.Start && char.IsWhiteSpace(text[keep])) keep--;
                if (keep < content.Start) literal.Remove();
                else
                {
                    literal.Content = new StringSlice(text, content.Start, keep);
                    literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + keep - content.Start);
                }
                HeadingAttributes.Set(heading, attributes);
                var html = heading.GetAttributes();
                if (attributes.Id is { } id) html.Id = id.Value;
                foreach (var cls in attributes.Classes) html.AddClass(cls);
                break;
            }
            if (firstFailedOpen >= 0)
            {
                int delta = literal.Span.Start - content.Start;
                UnreadAttributeList.RecordIfConstruct(document, text, firstFailedOpen, firstFailure, end + 1, offset => offset + delta);
            }
            if (tooLong && text.IndexOf('{', content.Start, end + 1 - content.Start) is int brace && brace >= 0 && brace < earliest)
            {
                LimitProblem.Record(document, literal.Span.Start + brace - content.Start, LimitProblem.LongAttributes());
            }
        }
    }
}
