using Markdig;
using Markdig.Renderers;

namespace FindingsGen.Language.Dsl.Divs;

/// <summary>Adds Pandoc fenced divs to a pipeline.</summary>
internal sealed class FencedDivExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<FencedDivParser>()) pipeline.BlockParsers.Insert(0, new FencedDivParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FencedDivRenderer>()) html.ObjectRenderers.Insert(0, new FencedDivRenderer());
    }
}
