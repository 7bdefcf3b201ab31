using System.Linq;
using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Fuzz;

/// <summary>
/// One transcript reader: the input is T1's transcript file, read from disk as the tool reads it (UTF-8 check, the
/// .docx extraction), split into speech by its reader, and used to trace the fixture's page.
/// </summary>
internal sealed class TranscriptTarget : FuzzTarget
{
    private readonly string format;
    private ScratchFolder? folder;

    /// <summary>A target for <paramref name="format"/>: a name of <see cref="Language.Transcripts.TranscriptFormat.All"/> (txt, md, vtt, srt, docx).</summary>
    public TranscriptTarget(string format) => this.format = format;

    /// <summary>True for a format the host extracts from a package (a .docx): inputs are wrapped into one.</summary>
    private bool Packaged => Language.Transcripts.TranscriptFormat.ForName(format)?.Extracted == true;

    /// <inheritdoc />
    public override string Name => "transcript-" + format;
    /// <inheritdoc />
    public override string Extension => "." + format;
    /// <inheritdoc />
    public override string[] Tokens => Packaged ? SyntaxTokens.Docx : SyntaxTokens.Transcript;
    /// <inheritdoc />
    public override int MaxInputLength => Packaged ? 16384 : 4096;

    /// <inheritdoc />
    protected override void Run(byte[] input, Verdict verdict)
    {
        if (folder is null)
        {
            folder = new ScratchFolder(Name);
            folder.Write(StudyManifest.FileName, Fixture.Manifest);
            folder.Write("results.md", Fixture.Page);
            folder.Write("transcripts/T2.vtt", Fixture.T2);
            folder.Write("transcripts/T3.md", Fixture.T3);
        }
        byte[] file = Packaged ? DocxPackage.From(input) : input;
        if (Packaged) verdict.Feature(DocxPackage.IsZip(input) ? "zip" : "wrapped");
        folder.Write("transcripts/T1." + format, file);

        var tracing = PrivateData.Read(folder.Root, Fixture.ManifestRead, null, 1);
        if (!tracing.Transcripts.TryGetValue("T1", out var source))
        {
            verdict.Fail("silently-unchecked", "T1's transcript file was not found", "not-found");
            return;
        }
        if ((source.Text is null) == (source.Problem is null)) verdict.Fail("transcript-contract", "a transcript must have either text or a problem", "text-xor-problem");
        Oracles.NoCanary(verdict, "the unreadable transcript's problem", source.Problem);
        if (source.Problem is not null)
        {
            verdict.Feature("unreadable:" + new string(source.Problem.TakeWhile(c => !char.IsDigit(c) && c != '(').ToArray()));
        }
        if (source.Text is { } text)
        {
            var lines = Language.Transcripts.TranscriptFormat.ForName(source.Format)!.Read(text, new[] { "I", "T1" }).Lines;
            int count = text.Split('\n').Length;
            if (lines.Any(l => l.Line < 1 || l.Line > count)) verdict.Fail("transcript-contract", $"a speech line outside the text's {count} lines", "line");
            verdict.Count("speech-lines", lines.Count);
            verdict.Count("turns", lines.Select(l => l.Turn).Distinct().Count());
            verdict.Count("speakers", lines.Select(l => l.Speaker).Distinct().Count());
        }

        var result = FindingsChecker.Check(Fixture.Study(Fixture.Page, tracing));
        CheckOracles.Check(verdict, result, Fixture.Files(Fixture.Page), canaryApplies: true);
    }
}
