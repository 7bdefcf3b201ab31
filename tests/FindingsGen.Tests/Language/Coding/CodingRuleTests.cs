using System.Linq;
using FindingsGen.Language.Coding;
using Xunit;
using static FindingsGen.Tests.CodingStudies;

namespace FindingsGen.Tests;

/// <summary>FG0501–FG0505: the findings checked against a coding, from the project and from the coding record.</summary>
public sealed class CodingRuleTests
{
    private const string Some = "[Some participants]{.freq of=\"T1 T2 T3\"} found peers helped.";

    [Fact]
    public void A_study_that_says_what_the_coding_shows_is_clean_and_its_coded_participants_are_summed_up()
    {
        var result = Check(Page(Some), Project(new[] { "T1", "T2", "T3" }));
        Assert.Empty(Lines(result));
        Assert.Equal("project.qdpx", result.Coding!.Source);
        Assert.Equal(new[] { "T1", "T2", "T3" }, result.Coding.CodedParticipants["peers"]);
        // The theme's code is the parent: a selection under a nested code counts for it.
        Assert.Equal(new[] { "T1", "T2", "T3" }, result.Coding.CodedParticipants["support"]);
        Assert.NotNull(result.CodingRecordText);
    }

    [Fact]
    public void FG0501_a_cited_participant_with_no_coded_selection_under_the_code()
    {
        var result = Check(Page(Some), Project(new[] { "T1", "T2" }, family: new[] { "T3" }));
        Assert.Equal(new[]
        {
            "results.md(5,37): warning FG0501: T3 is cited for 'Peers who understand', but has no coded selection under 'Peers who understand' in project.qdpx; code the passage, or leave the participant out of of=",
            "results.md(5,1): warning FG0502: 'Some' means 3 on this study's scale, but 2 participant(s) are coded under 'Peers who understand' ('Peers who understand' in project.qdpx: T1, T2); use 'two', or say why the claim counts fewer, or correct the coding",
        }.OrderBy(l => l), Lines(result).OrderBy(l => l));
    }

    [Fact]
    public void FG0502_the_coded_count_contradicts_the_label()
    {
        var result = Check(Page(Some), Project(new[] { "T1", "T2", "T3", "T4", "T5" }));
        var line = Assert.Single(Lines(result));
        Assert.Equal("results.md(5,1): warning FG0502: 'Some' means 3 on this study's scale, but 5 participant(s) are coded under 'Peers who understand' " +
                     "('Peers who understand' in project.qdpx: T1, T2, T3, T4, T5); use 'all', or say why the claim counts fewer, or correct the coding", line);
    }

    [Fact]
    public void FG0502_looks_at_the_first_claim_of_a_section_only()
    {
        string page = Page(Some + "\n\n[Two participants]{.freq of=\"T1 T2\"} added more.");
        Assert.Empty(Lines(Check(page, Project(new[] { "T1", "T2", "T3" }))));
    }

    [Fact]
    public void FG0503_a_quotation_outside_every_selection_of_the_code_is_info()
    {
        string quote = "::: {.quote from=T1}\nMy sister came every Sunday\n:::\n";
        var result = Check(Page(Some, quote), Project(new[] { "T1", "T2", "T3" }, family: new[] { "T1" }));
        Assert.Equal(new[] { "results.md(7,1): info FG0503: this quotation of T1 lies in no selection coded under 'Peers who understand' (the code of 'Peers who understand') in project.qdpx; code the passage there, or move the quotation to the section it was coded under" },
            Lines(result));
        // Its words are the quotation's own; nothing of the source's other words is printed.
        Assert.DoesNotContain("kept me going", string.Join("\n", Lines(result)));
    }

    [Fact]
    public void FG0503_raised_by_rules_to_a_warning()
    {
        string quote = "::: {.quote from=T1}\nMy sister came every Sunday\n:::\n";
        var result = Check(Page(Some, quote), Project(new[] { "T1", "T2", "T3" }), manifest: Manifest.Replace("rules: { FG0008: none }", "rules: { FG0008: none, FG0503: warning }"));
        Assert.Contains(Lines(result), l => l.Contains("warning FG0503"));
    }

    [Fact]
    public void FG0503_a_quotation_with_elisions_insertions_other_quote_marks_and_case_is_found_in_its_selection()
    {
        string quote = "::: {.quote from=T1}\ntalking with others [\u2026] helped [me] a lot\n:::\n";
        Assert.Empty(Lines(Check(Page(Some, quote), Project(new[] { "T1", "T2", "T3" }))));
        string inline = "[\u201CTalking with others who had been through it\u201D]{.quote from=T1}";
        Assert.Empty(Lines(Check(Page(Some, inline), Project(new[] { "T1", "T2", "T3" }))));
    }

    [Fact]
    public void FG0504_a_code_the_project_does_not_have_with_did_you_mean()
    {
        var result = Check(Page(Some, subthemeCode: "Peers who understnd"), Project(new[] { "T1", "T2", "T3" }));
        Assert.Equal(new[] { "results.md(3,49): error FG0504: 'Peers who understnd' is not a code of the project; did you mean 'Peers who understand'? (in project.qdpx); a section tied to no code is checked against no coding" },
            Lines(result).Where(l => l.Contains("FG0504")));
    }

    [Fact]
    public void FG0504_a_name_two_codes_carry_is_ambiguous_and_a_GUID_names_one()
    {
        var twin = new QdaCode("aaaa0000-0000-4000-8000-000000000009", "Family", null, new QdaCode[0]);
        var project = Project(new[] { "T1", "T2", "T3" }, extraCodes: new[] { new QdaCode("aaaa0000-0000-4000-8000-000000000008", "Elsewhere", null, new[] { twin }) });
        var result = Check(Page(Some) + "\n## At home {#home .subtheme code=\"Family\"}\n\n[\"My sister came every Sunday\"]{.quote from=T1}\n", project);
        Assert.Contains(Lines(result), l => l.Contains("error FG0504: 'Family' is the name of 2 codes (Family; Elsewhere \u203a Family)"));
        // By GUID, in another case (MAXQDA writes upper case), it is one code.
        var byGuid = Check(Page(Some, subthemeCode: Understand.ToUpperInvariant()), project);
        Assert.Empty(Lines(byGuid));
    }

    [Fact]
    public void Several_codes_separated_by_commas_count_together()
    {
        string page = Page("[All participants]{.freq of=\"T1 T2 T3 T4 T5\"} found support.", subthemeCode: " Peers who understand , Family ");
        Assert.Empty(Lines(Check(page, Project(new[] { "T1", "T2", "T3" }, family: new[] { "T4", "T5" }))));
    }

    [Fact]
    public void Positions_counted_as_ATLAS_ti_counts_them_CRLF_as_one_are_matched_by_content()
    {
        // Eighty short lines first: with each CRLF counted as two characters, the positions would land eighty characters early.
        string Crlf(string id) => (string.Concat(Enumerable.Repeat("I: Yes.\n", 80)) + Text(id)).Replace("\n", "\r\n");
        (int, int) CrlfAsOne(string text, string words)
        {
            int start = text.IndexOf(words, System.StringComparison.Ordinal);
            int crlfsBefore = text.Substring(0, start).Split("\r\n").Length - 1;
            return (start - crlfsBefore, start - crlfsBefore + words.Length);
        }
        Assert.Empty(Lines(Check(Page(Some), Project(new[] { "T1", "T2", "T3" }, text: Crlf, span: CrlfAsOne))));
        // Read as UTF-16 units, the same positions hold other words: the quotation would not be found there.
        string t1 = Crlf("T1");
        var (start, end) = CrlfAsOne(t1, "Talking with others who had been through it helped me a lot.");
        Assert.DoesNotContain("Talking", t1.Substring(start, end - start));
    }

    [Fact]
    public void Positions_counted_in_code_points_as_QualCoder_counts_them_are_matched_by_content()
    {
        // Forty emoji first: read as UTF-16 units the positions would land forty characters early, among them.
        string Emoji(string id) => string.Concat(Enumerable.Repeat("\U0001F600", 40)) + " " + Text(id);
        (int, int) CodePoints(string text, string words)
        {
            int start = text.IndexOf(words, System.StringComparison.Ordinal);
            return (start - 40, start - 40 + words.Length);
        }
        Assert.Empty(Lines(Check(Page(Some), Project(new[] { "T1", "T2", "T3" }, text: Emoji, span: CodePoints))));
        var readings = new SelectionReadings(Emoji("T1"));
        var (s, e) = CodePoints(Emoji("T1"), "Talking");
        Assert.Contains((s + 40, e + 40), readings.Spans(s, e));
    }

    [Fact]
    public void A_source_without_a_case_belongs_to_the_participant_its_name_starts_with()
    {
        var project = Project(new[] { "T1", "T2", "T3" });
        var noCases = new QdaProject(project.Name, project.Codes, new QdaCase[0], project.Sources);
        Assert.Empty(Lines(Check(Page(Some), noCases)));
    }

    [Fact]
    public void From_the_record_the_same_diagnostics_and_the_summary_says_so()
    {
        var project = Project(new[] { "T1", "T2" });
        string quote = "::: {.quote from=T1}\nMy sister came every Sunday\n:::\n";
        var fromProject = Check(Page(Some, quote), project);
        var fromRecord = Check(Page(Some, quote), null, fromProject.CodingRecordText);
        Assert.Equal(3, Lines(fromProject).Length);
        Assert.Equal(string.Join("\n", Lines(fromProject).Select(l => l.Replace("project.qdpx", "X"))),
            string.Join("\n", Lines(fromRecord).Select(l => l.Replace("findings.coding.lock", "X"))));
        Assert.StartsWith("findings.coding.lock", fromRecord.Coding!.Source);
        Assert.Null(fromRecord.CodingRecordText);
        // The record holds hashes, IDs and code names: no word of the sources.
        Assert.DoesNotContain("Talking", fromProject.CodingRecordText);
        Assert.DoesNotContain("sister", fromProject.CodingRecordText);
    }

    [Fact]
    public void Record_round_trip_keeps_every_fact()
    {
        var record = Check(Page(Some), Project(new[] { "T1", "T2", "T3" }, family: new[] { "T4" })).CodingRecordText!;
        var facts = CodingRecord.Read(record, out string? problem);
        Assert.Null(problem);
        Assert.Equal(record, CodingRecord.Write(facts!));
    }

    [Fact]
    public void A_stale_record_is_reported_where_the_project_is()
    {
        var old = Check(Page(Some), Project(new[] { "T1", "T2", "T3" })).CodingRecordText;
        var result = Check(Page(Some), Project(new[] { "T1", "T2", "T3" }, family: new[] { "T5" }), old);
        Assert.Equal(new[] { "findings.yml(5,9): warning FG0505: findings.coding.lock is stale: it was written from another version of the coding than project.qdpx, and public CI checks against it; run 'findings check --update-lock' to record this one" },
            Lines(result));
        var same = Check(Page(Some), Project(new[] { "T1", "T2", "T3" }), old);
        Assert.Empty(Lines(same));
    }

    [Fact]
    public void Without_project_and_record_the_coding_checks_say_they_could_not_run()
    {
        var result = Check(Page(Some), null);
        Assert.Equal(new[] { "findings.yml(5,9): error FG0505: the coding checks (FG0501\u2013FG0504) could not run: '../private/project.qdpx' does not exist, and there is no findings.coding.lock to stand in for it (write one with 'findings check --update-lock' where the project is)" },
            Lines(result));
        Assert.Null(result.Coding);
    }

    [Fact]
    public void A_quotation_the_record_does_not_know_is_a_warning_not_a_pass()
    {
        var record = Check(Page(Some), Project(new[] { "T1", "T2", "T3" })).CodingRecordText;
        string other = "::: {.quote from=T2}\nTalking with others who had been through it\n:::\n";
        var result = Check(Page(Some, other), null, record);
        Assert.Equal(new[] { "results.md(7,1): warning FG0505: this quotation of T2 is not in findings.coding.lock (written before it was added or changed), so it could not be tested against the coding of 'Peers who understand'; run 'findings check --update-lock' where the project is" },
            Lines(result));
    }

    [Fact]
    public void An_unreadable_record_without_the_project_is_an_error()
    {
        var result = Check(Page(Some), null, "version: 9\n");
        Assert.Contains(Lines(result), l => l.Contains("error FG0505: the coding checks (FG0501\u2013FG0504) could not run") && l.Contains("version 9"));
    }

    [Fact]
    public void A_manifest_naming_a_coding_the_host_did_not_read_is_FG0505()
    {
        var result = StudyRunner.Check(Manifest, ("results.md", Page(Some)));
        Assert.Equal(new[] { "findings.yml(5,9): error FG0505: the coding checks (FG0501\u2013FG0504) could not run: '../private/project.qdpx' was not read (the FindingsGen build step that reads it runs only under dotnet build)" },
            StudyRunner.Lines(result));
    }

    [Fact]
    public void An_empty_code_attribute_is_FG0010_and_the_codes_are_read_trimmed()
    {
        var result = StudyRunner.Check("title: T\nparticipants: { T1: {} }\nrules: { FG0008: none }\n", ("results.md", "# A {#a .theme code=\" , \"}\n\n## B {#b .subtheme code=\" X ,Y\"}\n"));
        Assert.Equal("results.md(1,5): error FG0010: 'code=' names no code, so the section would be checked against no coding; write the QDA code's name or GUID (code=\"Peer support\"; several separated by commas), or remove code=",
            StudyRunner.Lines(result)[0]);
        Assert.Equal(new[] { "X", "Y" }, result.Study.Subthemes.Single().Codes);
    }

    [Fact]
    public void The_manifest_reads_coding_and_refuses_an_empty_one()
    {
        var read = StudyRunner.Check("title: T\nparticipants: {}\ncoding: ''\n");
        Assert.Contains(StudyRunner.Lines(read), l => l.Contains("error FG0201: 'coding' must name the REFI-QDA project"));
    }
}
