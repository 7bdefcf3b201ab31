using System;
using System.IO;
using System.Linq;
using FindingsGen.Cli;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Kinds the fuzzing campaign found beyond the acceptance cases: a message that breaks the one-diagnostic-a-line
/// output, and a transcript kept in the usual folder of a manifest that does not say where transcripts are.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FuzzFindingTests
{
    [Fact]
    public void A_message_quoting_line_breaks_or_control_characters_is_printed_on_one_line()
    {
        var diagnostic = new Diagnostic(RuleTable.FG0008, Severity.Warning, new SourceLocation("results.md", 1, 1, 1, 2),
            "the theme 'A\nB\r\nC\u2028D\tE' has no subtheme");
        Assert.Equal("the theme 'A B  C D E' has no subtheme", diagnostic.Message);
        Assert.Equal("results.md(1,1): warning FG0008: the theme 'A B  C D E' has no subtheme", diagnostic.ToString());
    }

    [Fact]
    public void A_theme_title_with_a_line_break_gives_one_line_per_diagnostic()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: x\nparticipants: { T1: {} }\n");
        // A heading's attribute list may span two lines of a setext heading; the title then holds a line break.
        temp.Write("results.md", "Carrying\nthe session {#carrying .theme}\n==========\n\nText.\n");
        var output = new StringWriter();
        CheckCommand.Run(temp.Path, "text", output, new StringWriter());
        foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches(@"^(\S+\(\d+,\d+\): (error|warning|info) FG\d{4}: .+|findings check: .*)$", line);
        }
        Assert.Contains("FG0008: the theme 'Carrying the session' has no subtheme", output.ToString());
    }

    [Fact]
    public void Without_transcripts_in_the_manifest_the_usual_transcripts_folder_is_still_never_a_page()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: x\nparticipants: { T1: {} }\n");
        temp.Write("results.md", "# Theme {#t .theme}\n\n## Sub {#s .subtheme}\n\nText.\n");
        temp.Write("transcripts/T1.md", "I: Hello?\nT1: PRIVATE-CANARY-WORDS\n");
        var output = new StringWriter();
        CheckCommand.Run(temp.Path, "text", output, new StringWriter());
        Assert.DoesNotContain("transcripts/T1.md", output.ToString());
        Assert.DoesNotContain("PRIVATE-CANARY-WORDS", output.ToString());

        string site = Path.Combine(temp.Path, "out");
        var outcome = SiteBuild.Run(new SiteBuild.Options(temp.Path, site, true), new StringWriter(), new StringWriter());
        Assert.True(Directory.Exists(site), "the draft was not built (exit " + outcome.ExitCode + ")");
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("PRIVATE-CANARY-WORDS", File.ReadAllText(file));
        }
    }
}

/// <summary>Writing findings.lock never writes through a link to a file outside the study.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class LockWritingTests
{
    [Fact]
    public void Update_lock_writes_no_file_a_link_at_the_lock_or_a_temporary_name_points_to()
    {
        using var temp = StudyCommands.CopyOfExample();
        using var outside = new TempStudy();
        string victim = outside.Write("token.txt", "SECRET-TOKEN"), other = outside.Write("other.txt", "KEEP-ME");
        string lockPath = Path.Combine(temp.Path, "findings.lock");
        File.Delete(lockPath);
        File.CreateSymbolicLink(lockPath, victim);
        File.CreateSymbolicLink(lockPath + ".tmp", other); // the fixed temporary name of earlier versions
        var (exit, output, _) = StudyCommands.Check(temp.Path, updateLock: true);
        Assert.Equal(0, exit);
        Assert.Contains("findings.lock:", output);
        Assert.Equal("SECRET-TOKEN", File.ReadAllText(victim));
        Assert.Equal("KEEP-ME", File.ReadAllText(other));
        Assert.Null(new FileInfo(lockPath).LinkTarget); // the link itself was replaced by the new lock
        Assert.Equal(File.ReadAllText(Path.Combine(StudyCommands.Content, "findings.lock")), File.ReadAllText(lockPath));
        Assert.Empty(Directory.GetFiles(temp.Path, "findings.lock.*.tmp"));
    }
}

/// <summary>Findings of a tester trying the fixes as a new user would.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class NewUserFindingTests
{
    private const string Manifest = "title: T\nparticipants: { P1: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\n";

    [Fact]
    public void An_empty_quotation_is_reported_where_it_is_written()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", Manifest);
        temp.Write("transcripts/P1.txt", "P1: The evenings were the worst part.\n");
        temp.Write("page.md", "# Theme {#t .theme}\n\n## Sub {#s .subtheme}\n\nText [\"\"]{.quote from=P1}\n\n::: {.quote from=P1}\n:::\n");
        var output = new StringWriter();
        CheckCommand.Run(temp.Path, "text", output, new StringWriter());
        Assert.Contains("page.md(5,6): error FG0101: this quotation has no words to trace", output.ToString());
        Assert.Contains("page.md(7,1): error FG0101: this quotation has no words to trace", output.ToString());
        Assert.DoesNotContain("page.md(1,1)", output.ToString());
    }

    [Fact]
    public void A_page_with_an_upper_case_extension_is_read_and_reported_like_any_other()
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", Manifest + "pages: [page.md]\n");
        temp.Write("transcripts/P1.txt", "P1: The evenings were the worst part.\n");
        temp.Write("page.md", "# Theme {#t .theme}\n\n## Sub {#s .subtheme}\n\n[\"The evenings were the worst part.\"]{.quote from=P1}\n");
        temp.Write("Discussion.MD", "[\"invented\"]{.quote from=P1}\n");
        var output = new StringWriter();
        CheckCommand.Run(temp.Path, "text", output, new StringWriter());
        Assert.Contains("Discussion.MD(1,1): warning FG0203", output.ToString());

        File.WriteAllText(Path.Combine(temp.Path, "findings.yml"), Manifest);
        output = new StringWriter();
        Assert.Equal(1, CheckCommand.Run(temp.Path, "text", output, new StringWriter()));
        Assert.Contains("Discussion.MD(1,3): error FG0101", output.ToString());
    }
}

/// <summary>More constructs that must not pass in silence (a tester's findings).</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class HiddenConstructTests
{
    private static string Check(string page)
    {
        using var temp = new TempStudy();
        temp.Write("findings.yml", "title: T\nparticipants: { T1: {}, T2: {} }\ntranscripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\n");
        temp.Write("transcripts/T1.txt", "T1: The images stay with me longer than the words do.\n");
        temp.Write("transcripts/T2.txt", "T2: Nothing stays.\n");
        temp.Write("page.md", "# Theme {#t .theme}\n\n## Sub {#s .subtheme}\n\n" + page);
        var output = new StringWriter();
        CheckCommand.Run(temp.Path, "text", output, new StringWriter());
        return output.ToString();
    }

    [Fact]
    public void A_quotation_inside_a_quotation_is_FG0010()
    {
        string output = Check("::: {.quote from=T1}\nThe images stay with me\n::: {.quote from=T2}\nlonger than the words do.\n:::\n:::\n");
        Assert.Contains("page.md(7,5): error FG0010: a quotation cannot hold another quotation", output);
    }

    [Fact]
    public void A_misspelt_class_beside_the_right_one_is_FG0010()
    {
        string output = Check("[\"The images stay with me\"]{.quote .qoute from=T1}\n");
        Assert.Contains("error FG0010: '.qoute' beside .quote is not a construct; did you mean .quote?", output);
        Assert.DoesNotContain("FG0010", Check("[\"The images stay with me\"]{.quote .emphasis from=T1}\n"));
    }
}

/// <summary>A draft builds whatever the length of an ID (a fuzzing finding: a theme ID longer than a file name may be).</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class LongIdTests
{
    [Fact]
    public void Themes_and_participants_with_ids_longer_than_a_file_name_get_pages()
    {
        using var temp = new TempStudy();
        string longId = string.Concat(System.Linq.Enumerable.Repeat("car", 120));
        temp.Write("findings.yml", $"title: T\nparticipants: {{ {longId}: {{}}, {longId}x: {{}} }}\n");
        temp.Write("results.md", $"# One {{#{longId} .theme}}\n\n## Sub {{#s .subtheme}}\n\nText.\n\n# Two {{#{longId}-b .theme}}\n\nText.\n");
        string site = Path.Combine(temp.Path, "out");
        var outcome = SiteBuild.Run(new SiteBuild.Options(temp.Path, site, true), new StringWriter(), new StringWriter());
        Assert.NotNull(outcome.OutputFolder);
        var themes = Directory.GetFiles(Path.Combine(site, "themes"));
        Assert.Equal(2, themes.Length);
        Assert.All(themes, f => Assert.True(Path.GetFileName(f).Length <= 120, f));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(site, "participants")).Length);
    }
}
