namespace FindingsGen.Language.Dsl.Limits;

/// <summary>
/// How big and how deep a page may be. Markdig refuses some deep input with an exception, renders deep trees by
/// recursion, and takes time that grows faster than the page on long tables; inside these limits every page parses in
/// well under a second and renders. A page past one is FG0202 at the place it goes past (docs/language.md, "Limits").
/// </summary>
internal static class PageLimits
{
    /// <summary>The most characters a page may hold; a longer page is not parsed at all.</summary>
    public const int MaxCharacters = 3_000_000;

    /// <summary>The most consecutive lines with a <c>|</c> (the rows of one table); a page with more is not parsed at all.</summary>
    public const int MaxTableRows = 1_000;

    /// <summary>
    /// The deepest nesting of blocks (quotes, lists, divs) and inline elements (emphasis, links, brackets) together; what
    /// lies deeper is kept as plain text. Markdig's renderer stops at 128.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most brackets and emphasis markers open at once while a paragraph is parsed (a table is one paragraph, so
    /// a star after each of many cells counts). Unmatched ones end up as plain text; past this, further ones are plain
    /// text from the start. Markdig refuses more than 10,240, after a time that grows with their square.
    /// </summary>
    public const int MaxOpenInlines = 1_000;
}
