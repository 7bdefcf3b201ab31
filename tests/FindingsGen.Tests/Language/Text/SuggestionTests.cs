using FindingsGen.Language.Text;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>The one "did you mean" (manifest keys and speakers, FG0006 targets, FG0010 attributes).</summary>
public sealed class SuggestionTests
{
    [Fact]
    public void The_nearest_within_two_edits_is_suggested_first_of_equals_and_case_is_ignored()
    {
        Assert.Equal("participants", Suggestion.Nearest("particpants", new[] { "title", "participants", "pages" }));
        Assert.Equal("engaging", Suggestion.Nearest("Engagin", new[] { "engaging", "engaged" }));
        Assert.Equal("abc", Suggestion.Nearest("abd", new[] { "abc", "abe" }));
        Assert.Null(Suggestion.Nearest("frequency", new[] { "title", "pages" }));
    }

    [Fact]
    public void A_distance_may_be_allowed_per_candidate()
    {
        Assert.Equal("from", Suggestion.Nearest("form", new[] { "from", "id" }, c => System.Math.Max(1, c.Length / 2)));
        Assert.Null(Suggestion.Nearest("ix", new[] { "from", "id" }, _ => 0));
    }
}
