using System.IO;
using System.Linq;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The validation summary on the overview and the report: each rule counts against the row it is about, found from the
/// rule table by category, and a problem in a row's rules fails that row (never a row it is not about).
/// </summary>
public sealed class ValidationSummaryTests
{
    private const string Manifest = "title: Summary\nparticipants: { T1: {}, T2: {} }\nfrequency: { both: 2, one: 1 }\nrules: { FG0106: none }\n";

    private static string[] Failed(string page)
    {
        var result = StudyRunner.Check(Manifest, ("results.md", page));
        return new SiteModelBuilder(result).Checks().Where(c => !c.Passed).Select(c => c.What).ToArray();
    }

    private const string Theme = "# Nights {#nights .theme}\n\n## Quiet {#quiet .subtheme}\n\n";

    [Fact]
    public void An_unknown_participant_in_a_quotation_fails_the_resolve_row_not_the_claims_row()
    {
        var failed = Failed(Theme + "[\"loud\"]{.quote from=T9} and [Both]{.freq of=\"T1 T2\"}.\n");
        Assert.Contains("Participants, IDs and cross-references resolve", failed);
        Assert.DoesNotContain("Frequency claims match the participants they cite", failed);
    }

    [Fact]
    public void A_wrong_frequency_label_fails_the_claims_row()
    {
        var failed = Failed(Theme + "[Both]{.freq of=\"T1\"} said so. [\"loud\"]{.quote from=T1}\n");
        Assert.Equal(new[] { "Frequency claims match the participants they cite" }, failed.Where(f => !f.StartsWith("Quotations")).ToArray());
    }

    [Fact]
    public void A_misspelled_construct_fails_a_row_instead_of_passing_every_row()
    {
        // A typo that turned a quotation into prose (FG0010, an error) used to leave every row of the summary passed.
        var failed = Failed(Theme + "[\"loud\"]{.qoute from=T1} and [\"soft\"]{.quote from=T2}\n");
        Assert.Contains("Participants, IDs and cross-references resolve", failed);
    }

    [Fact]
    public void Sarif_says_a_rule_that_is_off_by_default_is_off()
    {
        var (_, output, _) = StudyCommands.Check(StudyCommands.Content, "sarif");
        using var sarif = System.Text.Json.JsonDocument.Parse(output);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var off = rules.Single(r => r.GetProperty("id").GetString() == "FG0402").GetProperty("defaultConfiguration");
        Assert.False(off.GetProperty("enabled").GetBoolean());
        Assert.Equal("none", off.GetProperty("level").GetString());
        var on = rules.Single(r => r.GetProperty("id").GetString() == "FG0001").GetProperty("defaultConfiguration");
        Assert.Equal("error", on.GetProperty("level").GetString());
        Assert.False(on.TryGetProperty("enabled", out _));
    }
}
