using System.Linq;
using Markdig.Syntax;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Pins the 1-based line and column of every construct of the language.</summary>
public sealed class PositionTests
{
    private const string Manifest = "title: P\nparticipants: { T1: {}, T2: {} }\nfrequency: { two: 2, one: 1 }\n";

    private const string Page =
        "Intro line.\n" +                                         // 1
        "\n" +                                                    // 2
        "# A theme {#theme-a .theme}\n" +                         // 3
        "\n" +                                                    // 4
        "## A subtheme {#sub-a .subtheme}\n" +                    // 5
        "\n" +                                                    // 6
        "Then [two]{.freq of=\"T1 T2\"} said\n" +                 // 7
        "[\"it was [...] hard\"]{.quote from=T2 id=q2} and\n" +   // 8
        "see [](#theme-a).\n" +                                   // 9
        "\n" +                                                    // 10
        "  ::: {.quote from=T1}\n" +                              // 11
        "First line ... second\n" +                               // 12
        "line [with help] end.\n" +                               // 13
        ":::\n";                                                  // 14

    private static (int, int, int, int) Span(SourceLocation l) => (l.Line, l.Column, l.EndLine, l.EndColumn);

    [Fact]
    public void Constructs_carry_their_exact_source_spans()
    {
        var study = StudyRunner.Check(Manifest, ("results.md", Page)).Study;

        Assert.Equal((3, 1, 3, 28), Span(study.Themes.Single().Location));
        Assert.Equal((5, 1, 5, 33), Span(study.Subthemes.Single().Location));
        Assert.Equal("A theme", study.Themes[0].Title);
        Assert.Equal("A subtheme", study.Subthemes[0].Title);

        var claim = study.Claims.Single();
        Assert.Equal((7, 6, 7, 29), Span(claim.Location));
        Assert.Equal(new[] { (7, 22, 7, 24), (7, 25, 7, 27) }, claim.Of!.Select(p => (p.Location.Line, p.Location.Column, p.Location.EndLine, p.Location.EndColumn)));

        var inline = study.Quotations[0];
        Assert.False(inline.IsBlock);
        Assert.Equal("q2", inline.Id);
        Assert.Equal((8, 1, 8, 44), Span(inline.Location));
        Assert.Equal("it was [...] hard", inline.Text.Text);
        Assert.Equal((8, 3, 8, 20), Span(inline.Text.Location));
        Assert.Equal(new[] { "it was", "hard" }, inline.Text.Segments.Select(s => s.Pieces.Single().Text));
        Assert.Equal((8, 35, 8, 37), Span(inline.From.Single().Location));

        var reference = study.CrossReferences.Single();
        Assert.Equal("theme-a", reference.TargetId);
        Assert.True(reference.IsEmpty);
        Assert.Equal((9, 5, 9, 17), Span(reference.Location));

        var block = study.Quotations[1];
        Assert.True(block.IsBlock);
        Assert.Equal((11, 3, 11, 23), Span(block.Location));
        Assert.Equal((12, 1, 13, 22), Span(block.Text.Location));
        Assert.Equal(2, block.Text.Segments.Count);
        var second = block.Text.Segments[1].Pieces;
        Assert.Equal(new[] { false, true, false }, second.Select(p => p.IsInsertion));
        Assert.Equal(new[] { "second\nline", "with help", "end." }, second.Select(p => p.Text));
        Assert.Same(study.Subthemes[0], block.Subtheme);
        Assert.Same(study.Themes[0], block.Theme);
    }

    [Fact]
    public void Mapped_text_keeps_every_characters_source_offset_across_pieces_and_slices()
    {
        // "ab" from 10, "c" from 12 (continues the run), " " at 40, "de" from 20, then a gap inside explicit offsets.
        var builder = new FindingsGen.Language.Text.MappedText.Builder();
        builder.Append("ab", 10);
        builder.Append('c', 12);
        builder.Append(' ', 40);
        builder.Append("xdey", 1, 2, 20);
        builder.Append("fg", new[] { 22, 30 });
        var text = builder.ToMappedText();
        Assert.Equal("abc defg", text.Text);
        int[] expected = { 10, 11, 12, 40, 20, 21, 22, 30 };
        Assert.Equal(expected, Enumerable.Range(0, text.Text.Length).Select(text.SourceOffset));
        Assert.Equal(31, text.SourceOffset(text.Text.Length));
        Assert.Equal(21, text.SourceEnd(5)); // just past "d"
        Assert.Equal(10, text.SourceEnd(0));

        // The same offsets given one per character map the same, and so does any slice.
        var explicitly = new FindingsGen.Language.Text.MappedText(text.Text, expected);
        Assert.Equal(expected, Enumerable.Range(0, text.Text.Length).Select(explicitly.SourceOffset));
        var slice = text.Slice(2, 4);
        Assert.Equal("c de", slice.Text);
        Assert.Equal(new[] { 12, 40, 20, 21 }, Enumerable.Range(0, 4).Select(slice.SourceOffset));
        Assert.Equal(22, slice.SourceOffset(4));
        Assert.Equal(0, text.Slice(3, 0).SourceOffset(0));
    }

    [Fact]
    public void Crlf_line_ends_give_the_same_positions_as_lf()
    {
        var lf = StudyRunner.Check(Manifest, ("results.md", Page)).Study;
        var crlf = StudyRunner.Check(Manifest, ("results.md", Page.Replace("\n", "\r\n"))).Study;
        Assert.Equal(Span(lf.Claims[0].Location), Span(crlf.Claims[0].Location));
        Assert.Equal(Span(lf.Quotations[1].Location), Span(crlf.Quotations[1].Location));
        Assert.Equal(Span(lf.CrossReferences[0].Location), Span(crlf.CrossReferences[0].Location));
    }

    [Fact]
    public void Nested_fenced_divs_close_innermost_first_like_pandoc()
    {
        const string page = "::: {.note}\n::: {.quote from=T1}\nInner words.\n:::\nStill in the note.\n:::\n\nOutside.\n";
        var study = StudyRunner.Check(Manifest, ("results.md", page)).Study;
        Assert.Equal("Inner words.", study.Quotations.Single().Text.Text);
        Assert.Contains(study.Prose, p => p.Text.Text == "Still in the note.");
        Assert.Contains(study.Prose, p => p.Text.Text == "Outside.");
    }

    [Fact]
    public void A_bracket_without_attributes_is_still_a_link_or_text()
    {
        const string page = "[a link](https://example.org) and [plain] and [ref](#nowhere)\n";
        var result = StudyRunner.Check(Manifest, ("results.md", page));
        Assert.Empty(result.Study.Claims);
        Assert.Empty(result.Study.Quotations);
        Assert.Equal("nowhere", result.Study.CrossReferences.Single().TargetId);
    }

    [Fact]
    public void A_fence_with_a_single_word_is_a_div_of_that_class()
    {
        const string page = "::: note\nInside.\n:::\n";
        var study = StudyRunner.Check(Manifest, ("results.md", page)).Study;
        var div = study.Pages[0].Document.Descendants<FindingsGen.Language.Dsl.Divs.FencedDiv>().Single();
        Assert.True(div.Attributes.HasClass("note"));
        var item = div.Attributes.Items.Single();
        Assert.Equal((4, 8), (item.Start, item.End)); // "note" in the source
        Assert.Contains(study.Prose, p => p.Text.Text == "Inside.");
    }
}
