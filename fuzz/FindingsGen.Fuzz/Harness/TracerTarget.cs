using FindingsGen.Language;

namespace FindingsGen.Fuzz;

/// <summary>
/// The tracer: a quotation (section 1) against T1's transcript (section 2, the fixture's when absent; read as WebVTT
/// when it starts with WEBVTT), as a block quotation and, on one line, as an inline one.
/// </summary>
internal sealed class TracerTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "tracer";
    /// <inheritdoc />
    public override string Extension => ".txt";
    /// <inheritdoc />
    public override string[] Tokens => SyntaxTokens.Transcript;
    /// <inheritdoc />
    /// <remarks>A quotation of 16 KB is already far longer than any real one.</remarks>
    public override int StressLength => 16384;

    /// <inheritdoc />
    protected override void Run(byte[] input, Verdict verdict)
    {
        if (Text(input, verdict) is not { } text) return;
        var sections = Sections.Split(text);
        string quotation = sections[0];
        string transcript = Sections.At(sections, 1) ?? Fixture.T1;
        string format = transcript.StartsWith("WEBVTT", System.StringComparison.Ordinal) ? "vtt" : "txt";
        verdict.Feature("format:" + format);
        string page = "# Theme {#theme .theme}\n\n## Sub {#sub .subtheme}\n\n::: {.quote from=T1}\n" + quotation + "\n:::\n\n" +
                      "Inline: [\"" + quotation.Replace("\r", " ").Replace("\n", " ") + "\"]{.quote from=T1}\n";
        var result = FindingsChecker.Check(Fixture.Study(page, Fixture.Tracing(transcript, format)));
        CheckOracles.Check(verdict, result, Fixture.Files(page), canaryApplies: !Oracles.Carries(quotation));
        int transcriptLines = transcript.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Length;
        foreach (var t in result.Traces)
        {
            if (t.IsVerified && t.Participant == "T1" && (t.FirstLine < 1 || t.LastLine < t.FirstLine || t.LastLine > transcriptLines))
            {
                verdict.Fail("trace-lines", $"a verified quotation at lines {t.FirstLine}–{t.LastLine} of a transcript of {transcriptLines} lines", "lines");
            }
        }
    }
}
