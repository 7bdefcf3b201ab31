using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// <c>findings build</c> writes each file as it is rendered (issue 17): the files are the bytes <c>serve</c> renders into
/// memory, a failed render publishes nothing and leaves no folder of its own behind, and a study's own templates still
/// run page first.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class StreamedBuildTests
{
    [Fact]
    public void A_streamed_build_writes_exactly_the_bytes_the_jobs_make_in_memory()
    {
        using var study = StudyCommands.CopyOfExample();
        // Quotations with what CSV must quote or defuse, and characters outside the basic plane, in a draft (they are not in the transcripts).
        study.Write("extra.md", "# Extra theme {#extra .theme}\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"::: {{.quote from=T{1 + i % 4}}}\n{(i % 3 == 0 ? "=SUM(A1)" : "Said")} \"{i}\", with commas, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 {new string('é', i % 17)} 🙂\n:::\n\n")));
        File.WriteAllText(Path.Combine(study.Path, "findings.yml"), File.ReadAllText(Path.Combine(study.Path, "findings.yml")).Replace("pages: [introduction.md, results.md]", "pages: [introduction.md, results.md, extra.md]"));
        string output = Path.Combine(study.Path, "_site");
        var outcome = SiteBuilds.Build(study.Path, draft: true);
        Assert.Equal(output, outcome.OutputFolder);

        var prepared = SitePipeline.Prepare(study.Path, new StringWriter())!;
        var result = prepared.Result;
        var jobs = RenderStage.Plan(result, prepared.Templates, draft: result.Errors + result.Warnings > 0, sourceDateEpoch: null);
        var inMemory = RenderStage.Execute(jobs);
        var onDisk = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != Files.Output.SiteWriter.Marker).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(inMemory.Keys.ToList(), onDisk);
        foreach (var (path, bytes) in inMemory) Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, path))), path);
        // The marker lists the files in order, whatever order they were made in.
        var listed = File.ReadAllLines(Path.Combine(output, Files.Output.SiteWriter.Marker)).Skip(2).ToList();
        Assert.Equal(inMemory.Keys.ToList(), listed);

        // quotations.csv, made row by row into UTF-8, is the whole text encoded at once.
        var expected = new StringBuilder("id,participants,theme,subtheme,text,original,verified,provenance\r\n");
        foreach (var q in new SiteModelBuilder(result, draft: true).QuotationViews())
        {
            expected.Append(string.Join(",", new[] { q.Anchor, q.ParticipantIds, q.ThemeTitle, q.SubthemeTitle, q.Text, q.Original ?? "", q.Verified ? "yes" : "no", q.Provenance }.Select(CsvField))).Append("\r\n");
        }
        Assert.Equal(new UTF8Encoding(false).GetBytes(expected.ToString()), File.ReadAllBytes(Path.Combine(output, "quotations.csv")));
        Assert.Contains("\"'=SUM(A1) \"\"0\"\", with commas, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂\"", File.ReadAllText(Path.Combine(output, "quotations.csv")));
    }

    private static string CsvField(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0) value = "'" + value;
        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    [Fact]
    public void A_template_that_fails_after_pages_were_written_publishes_nothing_and_leaves_no_folder_it_made()
    {
        using var study = StudyCommands.CopyOfExample();
        // The theme template fails on one theme only: other pages have been written by then.
        var prepared = SitePipeline.Prepare(study.Path, new StringWriter())!;
        string last = prepared.Study.Themes[^1].Id;
        study.Write("_templates/theme.html", $"{{{{ if theme.id == \"{last}\" }}}}{{{{ no_such_variable }}}}{{{{ end }}}}{{{{ theme.body_html }}}}");
        string outer = Path.Combine(study.Path, "new-folder");
        string output = Path.Combine(outer, "deeper", "site");
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path, output);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("FG0204", error);
        Assert.False(Directory.Exists(outer), "the folders made for the output are removed again");

        // Over a previous site: it is left exactly as it was, and no temporary folder stays beside it.
        File.Delete(Path.Combine(study.Path, "_templates", "theme.html"));
        string site = Path.Combine(study.Path, "published");
        Assert.Equal(0, SiteBuilds.Build(study.Path, site).ExitCode);
        var before = SiteBuilds.Files(site);
        study.Write("_templates/theme.html", $"{{{{ if theme.id == \"{last}\" }}}}{{{{ no_such_variable }}}}{{{{ end }}}}{{{{ theme.body_html }}}}");
        Assert.Equal(2, SiteBuilds.Build(study.Path, site).ExitCode);
        Assert.Equal(before, SiteBuilds.Files(site));
        Assert.Empty(Directory.GetDirectories(study.Path, ".published.*"));
    }

    [Fact]
    public void A_study_s_own_layout_still_reads_what_its_page_template_set()
    {
        using var study = StudyCommands.CopyOfExample();
        study.Write("_templates/theme.html", "{{ extra_title = \"from the page template\" }}{{ theme.body_html }}");
        string layout = new StreamReader(typeof(TemplateSet).Assembly.GetManifestResourceStream("templates/layout.html")!).ReadToEnd();
        study.Write("_templates/layout.html", layout.Replace("<main id=\"main\">", "<main id=\"main\">{{ if page.root == \"../\" && page.current != \"\" }}<p class=\"set\">{{ extra_title }}</p>{{ end }}"));
        var (outcome, _, error) = SiteBuilds.BuildWithOutput(study.Path);
        Assert.True(outcome.ExitCode == 0, error);
        var prepared = SitePipeline.Prepare(study.Path, new StringWriter())!;
        string theme = File.ReadAllText(Path.Combine(study.Path, "_site", new SiteModelBuilder(prepared.Result).Paths.Theme(prepared.Study.Themes[0])));
        Assert.Contains("<p class=\"set\">from the page template</p>", theme);
    }
}
