using Markdig;
using Markdig.Renderers;

namespace FindingsGen.Language.Dsl.Limits;

/// <summary>Puts the depth guards in front of every other parser; added last, so that it is first. Safe to add twice.</summary>
internal sealed class LimitsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<BlockDepthGuard>()) pipeline.BlockParsers.Insert(0, new BlockDepthGuard());
        if (!pipeline.InlineParsers.Contains<InlineDepthGuard>()) pipeline.InlineParsers.Insert(0, new InlineDepthGuard());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
