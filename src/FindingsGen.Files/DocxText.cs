using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace FindingsGen.Files;

/// <summary>
/// The speech of a Word transcript: each paragraph of the main document as a line. Comments, tracked
/// deletions, field codes, headers, footers and document properties are not speech.
/// </summary>
/// <remarks>
/// A .docx is untrusted input: a zip whose parts may inflate to gigabytes (and whose headers may lie about
/// it), an encrypted file, or no package at all. <see cref="TryExtract"/> measures what every XML part
/// really inflates to before OpenXml sees the package, reads the main part through a cap as well, and turns
/// anything OpenXml or the zip reader throws into a sentence for FG0105.
/// OpenXml opens the package and finds the main document part through its relationships; the part's XML is
/// then streamed rather than loaded as typed elements, which costs a cold process about a third of a second.
/// </remarks>
internal static class DocxText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // An encrypted Word file (and a Word 97 .doc) is an OLE compound file, not a zip.
    private static readonly byte[] CompoundFileSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>
    /// The paragraphs, or null with <paramref name="problem"/> saying why not, starting with <paramref name="display"/>
    /// (the file's name). Never throws for what the file holds.
    /// </summary>
    public static string? TryExtract(byte[] bytes, string display, out string? problem)
    {
        problem = null;
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            problem = $"'{display}' is encrypted or is an old Word document (.doc); save it as a .docx without a password";
            return null;
        }
        string tooLarge = $"'{display}' is too large: its text inflates to more than {FileLimits.Describe(FileLimits.DocxXml)}, the limit for a Word transcript";
        try
        {
            if (MeasureParts(bytes) is { } partProblem)
            {
                problem = $"'{display}' {partProblem}";
                return null;
            }
            return Extract(bytes);
        }
        catch (TooLargeException)
        {
            problem = tooLarge;
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // Zip, packaging and XML readers throw many kinds for a damaged file (InvalidDataException,
            // OpenXmlPackageException, XmlException, InvalidOperationException, ArgumentException…); to the
            // researcher they all mean one thing.
            problem = $"'{display}' is not a readable Word document (.docx): it is damaged or not a Word file ({e.GetType().Name})";
            return null;
        }
    }

    /// <summary>
    /// Inflates every XML part (the ones OpenXml parses) and counts the bytes that really come out, whatever the
    /// zip's headers claim; null when the package is within the limits, else what is wrong.
    /// </summary>
    private static string? MeasureParts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > FileLimits.DocxEntries) return $"is too large: it holds more than {FileLimits.DocxEntries} parts";
        long total = 0;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            string name = entry.FullName;
            if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) continue;
            using var part = new CappedStream(entry.Open(), FileLimits.DocxXml - total);
            int read;
            while ((read = part.Read(buffer, 0, buffer.Length)) > 0) total += read;
        }
        return null;
    }

    /// <summary>The paragraphs, joined with LF (as the lock's hash expects). Throws for a damaged or oversized file; see <see cref="TryExtract"/>.</summary>
    public static string Extract(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        // MaxCharactersInPart guards any part OpenXml itself parses; the main part is streamed through a cap below.
        using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = FileLimits.DocxXml });
        var part = document.MainDocumentPart;
        // Without a main document there is no speech: say so, rather than trace against an empty transcript.
        if (part is null) throw new InvalidDataException("the package has no main document part");
        using var xml = XmlReader.Create(new CappedStream(part.GetStream(FileMode.Open, FileAccess.Read), FileLimits.DocxXml), new XmlReaderSettings
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
