using System.Linq;
using FindingsGen.Language.Text;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The one table of quote-mark conventions: phrases found in prose (FG0007) and the marks that wrap an inline
/// quotation, in every style, where an apostrophe inside a word is never a quote mark.
/// </summary>
public sealed class QuotationMarksTests
{
    private static string[] Phrases(string text) =>
        QuotationMarks.Find(text, 300).Select(p => text.Substring(p.InnerStart, p.InnerEnd - p.InnerStart)).ToArray();

    [Theory]
    [InlineData("the “handover hour” came", "handover hour")]
    [InlineData("the \"handover hour\" came", "handover hour")]
    [InlineData("the ‘handover hour’ came", "handover hour")]
    [InlineData("the 'handover hour' came", "handover hour")]
    [InlineData("l’« heure de relève » vint", "heure de relève")]
    [InlineData("l’«\u00A0heure de relève\u00A0» vint", "heure de relève")]
    [InlineData("l’«\u202Fheure de relève\u202F» vint", "heure de relève")]
    [InlineData("die »Übergabestunde am Abend« kam", "Übergabestunde am Abend")]
    [InlineData("die „Übergabestunde am Abend“ kam", "Übergabestunde am Abend")]
    [InlineData("die ‚Übergabestunde am Abend‘ kam", "Übergabestunde am Abend")]
    [InlineData("godzina „przekazania dyżuru” minęła", "przekazania dyżuru")]
    [InlineData("den ”överlämningstimmen nu” kom", "överlämningstimmen nu")]
    [InlineData("den ’överlämningstimmen nu’ kom", "överlämningstimmen nu")]
    [InlineData("le ‹ mot juste › vint", "mot juste")]
    [InlineData("引き継ぎの「夜の時間」が来た", "夜の時間")]
    [InlineData("引き継ぎの『夜の時間』が来た", "夜の時間")]
    public void Every_convention_is_a_pair_of_quote_marks(string text, string phrase) =>
        Assert.Equal(new[] { phrase }, Phrases(text));

    [Theory]
    [InlineData("The therapists' views weren't the clients' views.")]
    [InlineData("The therapists’ views weren’t the clients’ views.")]
    [InlineData("In the ’90s the therapists’ work wasn’t easy.")]
    [InlineData("Back in the '80s the nurses' rota changed.")]
    [InlineData("an opening “mark that never closes")]
    [InlineData("a ' lonely mark ' with spaces")]
    public void Apostrophes_and_unpaired_marks_are_not_quotations(string text) =>
        Assert.Empty(Phrases(text));

    [Fact]
    public void Apostrophes_next_to_a_phrase_leave_it_whole()
    {
        Assert.Equal(new[] { "working nights shift" }, Phrases("The nurses' 'working nights shift' was the patients' view, and didn't last."));
        Assert.Equal(new[] { "working nights shift" }, Phrases("The nurses’ ‘working nights shift’ was the patients’ view, and didn’t last."));
        Assert.Equal(new[] { "don't go there" }, Phrases("She said 'don't go there' twice."));
    }

    [Fact]
    public void Nested_phrases_are_found_after_the_phrase_around_them()
    {
        Assert.Equal(new[] { "she called it ‘the handover hour’ then", "the handover hour" }, Phrases("“she called it ‘the handover hour’ then”"));
        Assert.Equal(new[] { "a", "b" }, Phrases("\"a\" and \"b\""));
    }

    [Fact]
    public void A_closing_mark_that_may_be_a_plural_possessive_gives_both_readings() =>
        Assert.Equal(new[] { "the participants", "the participants' own words" }, Phrases("as 'the participants' own words' say"));

    [Theory]
    [InlineData("\"gently\"", "gently")]
    [InlineData("“gently”", "gently")]
    [InlineData("‘gently’", "gently")]
    [InlineData("'gently'", "gently")]
    [InlineData("«\u00A0doucement\u00A0»", "doucement")]
    [InlineData("« doucement »", "doucement")]
    [InlineData("»sanft«", "sanft")]
    [InlineData("„sanft“", "sanft")]
    [InlineData("‚sanft‘", "sanft")]
    [InlineData("”varsamt”", "varsamt")]
    [InlineData("「そっと」", "そっと")]
    [InlineData("『そっと』", "そっと")]
    [InlineData("'don't rush it'", "don't rush it")]
    [InlineData("'the participants' own words'", "the participants' own words")]
    [InlineData("\" gently \"", "gently")]
    [InlineData("' gently '", "gently")]
    public void An_inline_quotation_loses_the_marks_that_wrap_it(string written, string quoted)
    {
        Assert.True(QuotationMarks.TryUnwrap(written, 0, written.Length, out int a, out int b));
        Assert.Equal(quoted, written.Substring(a, b - a));
        var study = StudyRunner.Check("title: Q\nparticipants: { T1: {} }\nrules: { FG0008: none, FG0106: none }\n",
            ("results.md", "# A theme {#a .theme}\n\nShe said [" + written + "]{.quote from=T1}.\n")).Study;
        Assert.Equal(quoted, study.Quotations.Single().Text.Text);
    }

    [Theory]
    [InlineData("\"a\" and \"b\"")]
    [InlineData("‘a’ and ‘b’")]
    [InlineData("'tis the season")]
    [InlineData("gently")]
    [InlineData("“gently")]
    [InlineData("«gently«")]
    public void Marks_that_do_not_wrap_the_whole_quotation_stay(string written) =>
        Assert.False(QuotationMarks.TryUnwrap(written, 0, written.Length, out _, out _));

    [Fact]
    public void A_page_of_marks_that_never_close_is_read_in_linear_time()
    {
        // 3,000,000 characters, a page's limit: every mark opens and none closes (the old scan stopped at the first
        // unclosed mark; this one keeps looking, so it must not search the same stretch again for every mark).
        string text = string.Concat(Enumerable.Repeat("“a ‘b «c 「g 『h ‹i ", 3_000_000 / 18));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(QuotationMarks.Find(text, 300));
        Assert.Empty(QuotationMarks.Find(text, text.Length)); // however far a phrase may run
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5), $"{watch.Elapsed.TotalMilliseconds:0} ms");
        string nested = string.Concat(Enumerable.Repeat("“", 100_000)) + "x y" + string.Concat(Enumerable.Repeat("”", 100_000));
        watch.Restart();
        Assert.NotEmpty(QuotationMarks.Find(nested, 300));
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5), $"{watch.Elapsed.TotalMilliseconds:0} ms");
    }
}
