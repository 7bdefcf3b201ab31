using FindingsGen.Language.Text;

namespace FindingsGen.Language.Model;

/// <summary>
/// The prose of one paragraph (outside quotations), for the prose rules. Each annotated span
/// (claim, quotation, code) is replaced by <see cref="Placeholder"/>, so it neither counts as
/// prose nor joins the words on either side.
/// </summary>
public sealed class ProseRun
{
    /// <summary>Stands in for a span that is not prose.</summary>
    public const char Placeholder = '\uFFFC';

    internal ProseRun(Page page, MappedText text)
    {
        Page = page;
        Text = text;
    }

    /// <summary>The page.</summary>
    public Page Page { get; }
    /// <summary>The prose, mapped to the page's source.</summary>
    public MappedText Text { get; }
}
