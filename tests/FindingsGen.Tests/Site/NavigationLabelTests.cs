using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The short labels of the navigation: the author's short=, else the title up to a colon or dash, else whole words and "…".</summary>
public sealed class NavigationLabelTests
{
    [Theory]
    [InlineData("Carrying the session afterwards", "Carrying the session", true, " afterwards")]
    [InlineData("Building a practice that holds", "Building a practice that", true, " holds")]
    [InlineData("Peers who understand", "Peers who understand", false, "")]
    [InlineData("Mentalizing: when the session fails to end", "Mentalizing", false, ": when the session fails to end")]
    [InlineData("Boundaries – what therapists take home with them", "Boundaries", false, " – what therapists take home with them")]
    [InlineData("Supercalifragilisticexpialidocious-beyond-the-limit", "Supercalifragilisticexpi", true, "alidocious-beyond-the-limit")]
    [InlineData("A: the long remainder of a theme title here", "A: the long remainder of", true, " a theme title here")]
    [InlineData("Hope, despite everything, after many years", "Hope, despite", true, " everything, after many years")]
    public void A_long_title_is_shortened_and_the_rest_kept_for_screen_readers(string title, string label, bool ellipsis, string rest)
    {
        var link = NavigationLabel.For(title, null, "themes/x.html");
        Assert.Equal(label, link.Label);
        Assert.Equal(ellipsis, link.Ellipsis);
        Assert.Equal(rest, link.Rest);
        Assert.Equal(title, link.Label + link.Rest); // the accessible name is the whole title
        Assert.True(new System.Globalization.StringInfo(link.Label).LengthInTextElements <= NavigationLabel.MaxLength);
    }

    [Fact]
    public void The_authors_short_label_is_shown_with_the_title_after_it_for_screen_readers()
    {
        var link = NavigationLabel.For("Carrying the session afterwards", "Afterwards", "themes/carrying.html");
        Assert.Equal("Afterwards", link.Label);
        Assert.False(link.Ellipsis);
        Assert.Equal(" (Carrying the session afterwards)", link.Rest);
        Assert.True(link.Shortened);
    }

    [Fact]
    public void A_title_of_grapheme_clusters_is_never_cut_inside_one()
    {
        string title = string.Concat(System.Linq.Enumerable.Repeat("e\u0301", 40));
        var link = NavigationLabel.For(title, null, "x");
        Assert.Equal(string.Concat(System.Linq.Enumerable.Repeat("e\u0301", NavigationLabel.MaxLength)), link.Label);
    }
}
