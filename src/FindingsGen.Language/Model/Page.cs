using System;
using FindingsGen.Language.Dsl.Limits;
using FindingsGen.Language.Rules;
using FindingsGen.Language.Text;
using Markdig.Syntax;

namespace FindingsGen.Language.Model;

/// <summary>One Markdown file of the findings, parsed.</summary>
public sealed class Page
{
    internal Page(string path, string text, MarkdownDocument document, LimitProblem? overLimit = null)
    {
        Path = path;
        Text = text;
        Document = document;
        Lines = new LineMap(path, text);
        if (overLimit is not null)
        {
            int at = Math.Max(0, Math.Min(overLimit.Offset, text.Length - 1));
            OverLimit = FG0202MissingPage.At(Lines.Locate(at, Math.Min(at + 1, text.Length)), overLimit.Message);
        }
    }

    /// <summary>The path relative to the study folder, with forward slashes.</summary>
    public string Path { get; }
    /// <summary>The page's text, with any leading YAML front matter blanked (same length, same positions).</summary>
    public string Text { get; }
    /// <summary>The <c>title:</c> of the page's YAML front matter, or null. The site does not use it: it names its pages by the manifest's title and the theme headings.</summary>
    public string? Title { get; internal set; }
    /// <summary>The Markdig syntax tree.</summary>
    public MarkdownDocument Document { get; }
    /// <summary>Offsets to lines and columns.</summary>
    public LineMap Lines { get; }
    /// <summary>
    /// Where and how the page goes past a <see cref="PageLimits">limit</see> (FG0202), or null. The document is then
    /// still safe to render: what lies too deep is plain text, and a page too large to read has an empty document.
    /// </summary>
    public Diagnostics.Diagnostic? OverLimit { get; }
    /// <summary>
    /// What is wrong with the page's YAML front matter (FG0202): YAML that Pandoc and Quarto would refuse, or a block
    /// opened as front matter that nothing closes; null when it is fine or there is none.
    /// </summary>
    public Diagnostics.Diagnostic? FrontMatterProblem { get; internal set; }
    /// <summary>
    /// The quotations and frequency claims written in the page's front matter (FG0010): Pandoc publishes them with the
    /// metadata, but no rule reads the block. Empty when there are none.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<Diagnostics.Diagnostic> FrontMatterConstructs { get; internal set; } = System.Array.Empty<Diagnostics.Diagnostic>();
}
