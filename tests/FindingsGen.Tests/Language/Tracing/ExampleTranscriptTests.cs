using System.IO;
using System.Linq;
using FindingsGen.Files;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The example study's Word transcript is generated from a text fixture; keep the two in step.</summary>
public sealed class ExampleTranscriptTests
{
    private static string Source => File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "FindingsGen.Tests", "Fixtures", "T6.source.txt")).TrimEnd('\n');
    private static string Docx => Path.Combine(RepoRoot.Path, "content", "transcripts", "T6.docx");

    [Fact]
    public void The_example_docx_transcript_extracts_to_its_source_text()
    {
        Assert.Equal(Source, DocxText.Extract(File.ReadAllBytes(Docx)));
    }

    /// <summary>Regenerates content/transcripts/T6.docx when FINDINGS_REGENERATE_EXAMPLE=1; otherwise checks it would not change its text.</summary>
    [Fact]
    public void The_docx_writer_reproduces_the_example_transcript_text()
    {
        var bytes = DocxWriter.Write(Source.Split('\n'), comment: "Coded: threshold ritual", title: "T6 interview (synthetic)");
        if (System.Environment.GetEnvironmentVariable("FINDINGS_REGENERATE_EXAMPLE") == "1") File.WriteAllBytes(Docx, bytes);
        Assert.Equal(Source, DocxText.Extract(bytes));
        Assert.DoesNotContain("Coded", DocxText.Extract(bytes));
    }
}
