using System.IO;
using System.IO.Compression;
using System.Text;

namespace FindingsGen.Fuzz;

/// <summary>
/// Wraps a document part in the smallest package Word's readers accept, so that the .docx target can fuzz the XML
/// inside (most inputs) as well as the zip itself (inputs that start with a zip signature are used as they are).
/// </summary>
internal static class DocxPackage
{
    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Relationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /// <summary>True when <paramref name="input"/> is a zip already (starts with PK\3\4).</summary>
    public static bool IsZip(byte[] input) => input.Length >= 4 && input[0] == 'P' && input[1] == 'K' && input[2] == 3 && input[3] == 4;

    /// <summary>A .docx whose main document part is <paramref name="documentXml"/>.</summary>
    public static byte[] Wrap(byte[] documentXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            Add(zip, "_rels/.rels", Encoding.UTF8.GetBytes(Relationships));
            Add(zip, "word/document.xml", documentXml);
        }
        return buffer.ToArray();
    }

    /// <summary>The input as a .docx: itself when it is a zip, else wrapped as the document part.</summary>
    public static byte[] From(byte[] input) => IsZip(input) ? input : Wrap(input);

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        stream.Write(bytes, 0, bytes.Length);
    }
}
