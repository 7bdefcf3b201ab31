using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace FindingsGen.Language.Dsl.Spans;

/// <summary>Adds Pandoc bracketed spans to a pipeline.</summary>
internal sealed class BracketedSpanExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BracketedSpanParser>())
        {
            // Before links: "[text]{...}" is a span, "[text](url)" still a link.
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<BracketedSpanRenderer>()) html.ObjectRenderers.Insert(0, new BracketedSpanRenderer());
    }
}
