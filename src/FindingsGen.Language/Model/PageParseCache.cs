using System;
using System.Collections.Generic;

namespace FindingsGen.Language.Model;

/// <summary>
/// The pages parsed by the last <see cref="FindingsChecker.Parse(StudyInput, PageParseCache)"/>, keyed by path and text, for a
/// host that parses the same study again and again (<c>findings serve</c>): a page whose text is unchanged is not parsed
/// again, only visited again to build the new model. It keeps only the pages of the last parse, so a deleted or renamed
/// page is let go. Not thread-safe: one parse at a time.
/// </summary>
public sealed class PageParseCache
{
    // The text as read (before front matter is blanked) beside the page parsed from it.
    private Dictionary<string, (string Source, Page Page)> pages = new(StringComparer.Ordinal);
    private Dictionary<string, (string Source, Page Page)> next = new(StringComparer.Ordinal);

    /// <summary>How many pages the parses so far have had to parse (the rest were found here): what a test of serve counts.</summary>
    public int PagesParsed { get; private set; }

    /// <summary>The page parsed from exactly <paramref name="text"/> at <paramref name="path"/>, parsing it if it is not kept.</summary>
    internal Page Get(string path, string text, Func<Page> parse)
    {
        Page page;
        if (pages.TryGetValue(path, out var kept) && string.Equals(kept.Source, text, StringComparison.Ordinal))
        {
            page = kept.Page;
        }
        else
        {
            page = parse();
            PagesParsed++;
        }
        next[path] = (text, page);
        return page;
    }

    /// <summary>Ends a parse: what it did not ask for is dropped.</summary>
    internal void Finish()
    {
        pages = next;
        next = new Dictionary<string, (string Source, Page Page)>(StringComparer.Ordinal);
    }
}
