using FindingsGen.Language.Text;
using Markdig.Syntax;

namespace FindingsGen.Language.Model;

/// <summary>One Markdown file of the findings, parsed.</summary>
public sealed class Page
{
    internal Page(string path, string text, MarkdownDocument document)
    {
        Path = path;
        Text = text;
        Document = document;
        Lines = new LineMap(path, text);
    }

    /// <summary>The path relative to the study folder, with forward slashes.</summary>
    public string Path { get; }
    /// <summary>The page's text.</summary>
    public string Text { get; }
    /// <summary>The Markdig syntax tree.</summary>
    public MarkdownDocument Document { get; }
    /// <summary>Offsets to lines and columns.</summary>
    public LineMap Lines { get; }
}
