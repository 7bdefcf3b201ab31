using FindingsGen.Language.Dsl.Divs;
using FindingsGen.Language.Dsl.Headings;
using FindingsGen.Language.Dsl.Limits;
using FindingsGen.Language.Dsl.Spans;
using Markdig;

namespace FindingsGen.Language.Dsl;

/// <summary>The one Markdig pipeline for findings pages: CommonMark, pipe tables, and the findings constructs.</summary>
internal static class FindingsPipeline
{
    /// <summary>Adds the findings constructs to a pipeline builder; safe to call twice.</summary>
    public static MarkdownPipelineBuilder UseFindings(this MarkdownPipelineBuilder builder)
    {
        builder.PreciseSourceLocation = true;
        builder.Extensions.AddIfNotAlready<FencedDivExtension>();
        builder.Extensions.AddIfNotAlready<BracketedSpanExtension>();
        builder.Extensions.AddIfNotAlready<HeadingAttributesExtension>();
        // Last, so that its guards are tried before every other parser.
        builder.Extensions.AddIfNotAlready<LimitsExtension>();
        return builder;
    }

    /// <summary>
    /// The shared pipeline (thread-safe for parsing). Raw HTML is not interpreted. Pages are parsed with
    /// <see cref="LimitedParser"/>, which keeps them inside the <see cref="PageLimits"/>.
    /// </summary>
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .UseFindings()
        .Build();
}
