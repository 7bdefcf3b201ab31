using System.IO;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FindingsGen.Files;

/// <summary>
/// The speech of a Word transcript: each paragraph of the main document as a line. Comments, tracked
/// deletions, field codes, headers, footers and document properties are not speech.
/// </summary>
public static class DocxText
{
    /// <summary>The paragraphs, joined with LF (as the lock's hash expects).</summary>
    public static string Extract(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        var builder = new StringBuilder();
        if (body is null) return "";
        bool first = true;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            if (!first) builder.Append('\n');
            first = false;
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text text: builder.Append(text.Text); break; // w:t only: w:delText and w:instrText are other types
                    case TabChar: builder.Append('\t'); break;
                    case Break or CarriageReturn: builder.Append(' '); break;
                }
            }
        }
        return builder.ToString();
    }
}
