using System.Collections.Generic;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FindingsGen.Tests;

/// <summary>Writes small Word transcripts for tests: paragraphs, optionally a comment and a tracked deletion.</summary>
public static class DocxWriter
{
    public static byte[] Write(IEnumerable<string> paragraphs, string? comment = null, string? deletedText = null, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            bool first = true;
            foreach (var text in paragraphs)
            {
                var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (first && deletedText is not null)
                {
                    paragraph.AppendChild(new DeletedRun(new Run(new DeletedText(deletedText) { Space = SpaceProcessingModeValues.Preserve }))
                    { Id = "1", Author = "Editor" });
                }
                if (first && comment is not null)
                {
                    var comments = main.AddNewPart<WordprocessingCommentsPart>();
                    comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text(comment)))) { Id = "0", Author = "Coder" });
                    paragraph.PrependChild(new CommentRangeStart { Id = "0" });
                    paragraph.AppendChild(new CommentRangeEnd { Id = "0" });
                    paragraph.AppendChild(new Run(new CommentReference { Id = "0" }));
                }
                body.AppendChild(paragraph);
                first = false;
            }
            main.Document = new Document(body);
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }
        return stream.ToArray();
    }
}
