using System.IO;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace FindingsGen.Files;

/// <summary>
/// The speech of a Word transcript: each paragraph of the main document as a line. Comments, tracked
/// deletions, field codes, headers, footers and document properties are not speech.
/// </summary>
/// <remarks>
/// OpenXml opens the package and finds the main document part through its relationships; the part's XML is
/// then streamed rather than loaded as typed elements, which costs a cold process about a third of a second.
/// </remarks>
public static class DocxText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The paragraphs, joined with LF (as the lock's hash expects).</summary>
    public static string Extract(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var part = document.MainDocumentPart;
        if (part is null) return "";
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
        var text = new StringBuilder();
        bool firstParagraph = true, inBody = false;
        bool more = xml.Read();
        while (more)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != WordNamespace)
            {
                more = xml.Read();
                continue;
            }
            switch (xml.LocalName)
            {
                case "body":
                    inBody = true;
                    break;
                case "p" when inBody:
                    if (!firstParagraph) text.Append('\n');
                    firstParagraph = false;
                    break;
                case "t" when inBody:
                    // Moves past the element: the next node is already current.
                    text.Append(xml.ReadElementContentAsString());
                    continue;
                case "tab" when inBody:
                    text.Append('\t');
                    break;
                case "br" or "cr" when inBody:
                    text.Append(' ');
                    break;
                case "del" or "moveFrom" or "instrText" or "delInstrText":
                    // Tracked deletions and field codes are not speech; Skip leaves the next node current.
                    xml.Skip();
                    continue;
            }
            more = xml.Read();
        }
        return text.ToString();
    }
}
