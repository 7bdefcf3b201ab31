using System;
using System.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// FG0007 in every quote-mark convention, over many seeded samples: a title quoted with one word changed is caught
/// whatever the marks and whatever apostrophes stand around it; quoted exactly, it is quiet.
/// </summary>
public sealed class TitleQuotationStyleTests
{
    private static readonly (string Open, string Close)[] Styles =
    {
        ("“", "”"), ("\"", "\""), ("‘", "’"), ("'", "'"), ("«", "»"), ("«\u00A0", "\u00A0»"), ("«\u202F", "\u202F»"), ("« ", " »"),
        ("»", "«"), ("„", "“"), ("„", "”"), ("‚", "‘"), ("‹", "›"), ("”", "”"), ("’", "’"), ("「", "」"), ("『", "』"),
    };

    private static readonly string[] Before = { "The subtheme ", "The therapists' ", "The nurses’ ", "It's ", "Some called it ", "(", "— " };
    private static readonly string[] After = { " was named.", ", wasn't it.", " was the participants' phrase.", "’s weight was felt.", ")", " and the clients’ view." };
    private static readonly string[] Vocabulary = { "carrying", "the", "session", "home", "quiet", "hours", "of", "night", "work", "holding", "back", "tears", "stimulating", "challenging", "shared", "silence" };

    [Fact]
    public void A_title_with_one_word_changed_is_caught_in_every_convention_and_quiet_when_exact()
    {
        var random = new Random(13);
        for (int sample = 0; sample < 120; sample++)
        {
            var (open, close) = Styles[sample % Styles.Length];
            var title = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
            title[0] = char.ToUpperInvariant(title[0][0]) + title[0].Substring(1);
            var changed = (string[])title.Clone();
            int at = random.Next(1, title.Length);
            changed[at] = changed[at] == "different" ? "other" : "different";
            string before = Before[random.Next(Before.Length)], after = After[random.Next(After.Length)];
            // An apostrophe-s straight after a single closing mark would be read as part of a word: not a sample of the kind.
            if (after.StartsWith("’s", StringComparison.Ordinal) && close is "’" or "'") after = " was named.";

            string Page(string quoted) => "# " + string.Join(" ", title) + " {#t .theme}\n\n" + before + open + quoted + close + after + "\n";
            const string Manifest = "title: S\nparticipants: { T1: {} }\nrules: { FG0003: none, FG0008: none }\n";
            string sampleName = $"sample {sample}: {before}{open}…{close}{after}";

            var caught = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", Page(string.Join(" ", changed)))));
            Assert.True(caught.Length == 1 && caught[0].Contains("FG0007") && caught[0].Contains($"\"{string.Join(" ", changed)}\" nearly matches"),
                sampleName + " gave: " + string.Join(" | ", caught));
            var quiet = StudyRunner.Lines(StudyRunner.Check(Manifest, ("results.md", Page(string.Join(" ", title)))));
            Assert.True(quiet.Length == 0, sampleName + " gave: " + string.Join(" | ", quiet));
        }
    }
}
