using Markdig.Syntax;

namespace FindingsGen.Language.Dsl.Limits;

/// <summary>Where a page first goes past one of the <see cref="PageLimits"/>, and how.</summary>
internal sealed class LimitProblem
{
    private static readonly object Key = typeof(LimitProblem);

    internal LimitProblem(int offset, string message)
    {
        Offset = offset;
        Message = message;
    }

    /// <summary>The source offset where the page goes past the limit.</summary>
    public int Offset { get; }

    /// <summary>What is wrong and what to do, for FG0202.</summary>
    public string Message { get; }

    /// <summary>The earlier of two problems (either may be null).</summary>
    internal static LimitProblem? First(LimitProblem? a, LimitProblem? b) => a is null ? b : b is null || a.Offset <= b.Offset ? a : b;

    /// <summary>Remembers a problem the parsers met in <paramref name="document"/>, keeping the first.</summary>
    internal static void Record(MarkdownDocument document, int offset, string message)
    {
        var earlier = document.GetData(Key) as LimitProblem;
        document.SetData(Key, First(earlier, new LimitProblem(offset, message))!);
    }

    /// <summary>The problem the parsers met in <paramref name="document"/>, or null.</summary>
    internal static LimitProblem? Recorded(MarkdownDocument document) => document.GetData(Key) as LimitProblem;

    /// <summary>The message for nesting deeper than <see cref="PageLimits.MaxDepth"/>.</summary>
    internal static string TooDeep(string what) =>
        $"the page is nested too deeply here: more than {PageLimits.MaxDepth} levels of {what}; what lies deeper is published as plain text. " +
        "Close what is open, or escape the markers (\\[, \\*, \\>)";

    /// <summary>The message for more than <see cref="PageLimits.MaxOpenInlines"/> brackets and emphasis markers open at once.</summary>
    internal static string TooManyOpen() =>
        $"more than {PageLimits.MaxOpenInlines:N0} brackets and emphasis markers are open at once here; the rest of the paragraph is published as plain text. " +
        "Close them, or escape the markers (\\[, \\*, \\_)";

    /// <summary>The message for an attribute list longer than <see cref="Attributes.AttributeParser.MaxLength"/>.</summary>
    internal static string LongAttributes() =>
        $"this attribute list runs past {Attributes.AttributeParser.MaxLength:N0} characters without its closing '}}', so it is not read and what it is written on would pass as plain text; close it, or shorten it";
}
