using FindingsGen.Language;

namespace FindingsGen.Fuzz;

/// <summary>A page through the parser with our Markdown extensions and every rule, traced against the fixture's transcripts.</summary>
internal sealed class PageTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "page";
    /// <inheritdoc />
    public override string Extension => ".md";
    /// <inheritdoc />
    public override string[] Tokens => SyntaxTokens.Page;

    /// <inheritdoc />
    protected override void Run(byte[] input, Verdict verdict)
    {
        if (Text(input, verdict) is not { } text) return;
        var result = FindingsChecker.Check(Fixture.Study(text, Fixture.Tracing()));
        CheckOracles.Check(verdict, result, Fixture.Files(text), canaryApplies: !Oracles.Carries(text));
    }
}
