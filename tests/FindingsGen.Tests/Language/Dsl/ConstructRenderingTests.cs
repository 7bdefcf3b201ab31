using System.IO;
using System.Linq;
using FindingsGen.Language.Dsl;
using FindingsGen.Language.Dsl.Limits;
using FindingsGen.Language.Dsl.Spans;
using FindingsGen.Language.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The constructs render themselves from the syntax tree the page parse made: a span's text is parsed with the page (its
/// children), and the model the parser built is read from the nodes, not found again.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ConstructRenderingTests
{
    private static string BuildIndex(string results)
    {
        using var study = new TempStudy();
        study.Write("findings.yml", "title: x\nparticipants: {T1: {}, T2: {}}\nfrequency: {two: 2}\n");
        study.Write("results.md", results);
        var (outcome, output, error) = SiteBuilds.BuildWithOutput(study.Path, draft: true);
        Assert.True(outcome.OutputFolder is not null, output + error);
        Assert.Null(ScriptLinks.LiveScript(outcome.OutputFolder!));
        return File.ReadAllText(Path.Combine(outcome.OutputFolder!, "index.html"));
    }

    [Fact]
    public void A_spans_text_is_parsed_with_the_page_as_its_children()
    {
        var document = LimitedParser.Parse("A [*b* [c](https://e.org) `d`]{.note} e.\n", out var problem);
        Assert.Null(problem);
        var span = document.Descendants<BracketedSpan>().Single();
        Assert.Equal("*b* [c](https://e.org) `d`", span.Content);
        Assert.Equal(26, span.ContentOffsets.Length);
        Assert.Contains(span, s => s is EmphasisInline);
        Assert.Contains(span, s => s is LinkInline { Url: "https://e.org" });
        Assert.Contains(span, s => s is CodeInline);
        Assert.IsType<LiteralInline>(span.NextSibling);
    }

    [Fact]
    public void Spans_nested_twenty_thousand_deep_are_a_located_problem_and_a_page_that_builds()
    {
        // Each span's text used to be parsed again when rendered, span inside span: the build ended in an internal error.
        string results = new string('[', 20_000) + "x" + string.Concat(Enumerable.Repeat("]{.a}", 20_000)) + "\n";
        var document = LimitedParser.Parse(results, out var problem);
        Assert.NotNull(problem);
        Assert.Equal(0, problem!.Offset);
        Assert.Contains("nested too deeply", problem.Message);
        Assert.Contains("]{.a}", BuildIndex(results));
    }

    [Theory]
    [InlineData("[# heading]{.note}\n", "<span class=\"note\"># heading</span>")]
    [InlineData("[> quoted]{.note}\n", "<span class=\"note\">&gt; quoted</span>")]
    [InlineData("[- item]{.note}\n", "<span class=\"note\">- item</span>")]
    public void A_spans_text_that_looks_like_a_block_stays_inline(string results, string expected)
    {
        // The text used to be parsed again as a document of its own, which put headings and blockquotes inside a <span>.
        Assert.Contains("<p>" + expected + "</p>", BuildIndex(results));
    }

    [Theory]
    [InlineData("![a [b]{.note onerror=x} c](https://e.org/i.png)\n", "alt=\"a b c\"")]
    [InlineData("![a [Two]{.freq of=\"T1 T2\"} c](https://e.org/i.png)\n", "alt=\"a Two c\"")]
    [InlineData("![a [*b*]{.note} c](https://e.org/i.png)\n", "alt=\"a b c\"")]
    public void A_span_in_an_images_alt_text_is_written_as_text_only(string results, string expected)
    {
        // Markup there used to end the alt attribute early: <img alt="a <span class="note">b</span> c">.
        string index = BuildIndex(results);
        Assert.Contains(expected, index);
        Assert.DoesNotContain("alt=\"a <span", index);
    }

    [Fact]
    public void A_claim_shows_the_participants_the_checker_counted()
    {
        // of= is read once, by the parser; a tab between IDs separates them on the page as it does for the check.
        string index = BuildIndex("[Two]{.freq of=\"T1\tT2\"} participants.\n");
        Assert.Contains("<span class=\"freq\" id=\"claim-1\" data-of=\"T1 T2\">Two<span class=\"freq-count\"> (<button type=\"button\" class=\"freq-who\" popovertarget=\"claim-1-who\">2 of 2<span class=\"visually-hidden\"> participants</span></button>)</span>" +
            "<span popover id=\"claim-1-who\" class=\"popover-note\" role=\"note\">Cited: <a href=\"participants/t1.html\">T1</a>, <a href=\"participants/t2.html\">T2</a> <button type=\"button\" class=\"popover-close\" popovertarget=\"claim-1-who\" popovertargetaction=\"hide\">Close</button></span></span>", index);
    }

    [Fact]
    public void A_claim_inside_another_spans_text_is_not_shown_as_a_checked_claim()
    {
        // The checker reads claims where the parser does, not inside another span's text; the page used to show such a
        // span with the claim's markup and participant links as if it had been checked.
        string index = BuildIndex("A [note with [Two]{.freq of=\"T1 T2\"} inside]{.note}.\n");
        Assert.Contains("<span class=\"note\">note with <span class=\"freq\">Two</span> inside</span>", index);
    }

    [Fact]
    public void The_parser_attaches_the_model_to_the_nodes()
    {
        var study = StudyParser.Parse(TestManifest(), new[] { new System.Collections.Generic.KeyValuePair<string, string>("results.md",
            "# A {#a .theme}\n\n## B {#b .subtheme}\n\n[Two]{.freq of=\"T1 T2\"} said [words]{.quote from=T1}.\n\n::: {.quote from=T2}\nMore words.\n:::\n") });
        var document = study.Pages[0].Document;
        var headings = document.Descendants<HeadingBlock>().ToList();
        Assert.Same(study.Themes[0], headings[0].GetTheme());
        Assert.Same(study.Subthemes[0], headings[1].GetSubtheme());
        var spans = document.Descendants<BracketedSpan>().ToList();
        Assert.Same(study.Claims[0], spans[0].GetClaim());
        Assert.Same(study.Quotations[0], spans[1].GetQuotation());
        Assert.Same(study.Quotations[1], document.Descendants<FindingsGen.Language.Dsl.Divs.FencedDiv>().Single().GetQuotation());
    }

    private static FindingsGen.Language.Manifest.StudyManifest TestManifest() =>
        FindingsGen.Language.Manifest.ManifestReader.Read("title: x\nparticipants: {T1: {}, T2: {}}\nfrequency: {two: 2}\n", new FindingsGen.Language.Diagnostics.DiagnosticList());
}
