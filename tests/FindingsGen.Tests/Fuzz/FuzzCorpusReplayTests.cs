using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Fuzz;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The fuzzing corpus (fuzz/corpus/TARGET/) replayed through the harness's targets with the same oracles the
/// campaign checks: no exception, well-formed located diagnostics, no transcript canary in any output, no live script
/// in any page, every page complete, each input within its time. And the oracles themselves, on inputs they must catch.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FuzzCorpusReplayTests
{
    [Theory]
    [MemberData(nameof(FuzzTargets.TargetNames), MemberType = typeof(FuzzTargets))]
    public void Every_corpus_input_keeps_every_oracle(string target)
    {
        var failures = Replay.Run(target, Path.Combine(RepoRoot.Path, "fuzz", "corpus", target), FuzzTargets.Budget, out int replayed);
        Assert.True(replayed > 0, $"fuzz/corpus/{target}/ holds no input");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_live_script_oracle_finds_what_a_browser_would_run_and_passes_the_sites_own_scripts()
    {
        string[] live =
        {
            "<p><script>alert(1)</script></p>", "<SCRIPT src=x.js></SCRIPT>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">", "<a href=' JaVa&#x09;ScRiPt&colon;alert(1)'>", "<a href=\"&#106;avascript:x\">",
            "<a href=vbscript:x>", "<iframe src=\"data:text/html,x\"></iframe>", "<form action=\"java\nscript:x\">", "<object data=x>",
            "<a href=\"jav&#x0A;ascript:x\">", "<div style=\"background:url(javascript:x)\">",
            "<embed src=x>", "<base href=\"https://example.org/\">", "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
            // The quotation index no longer has a JSON block: a script element of any type is now someone else's.
            "<script type=\"application/json\" id=\"quotation-index\">{\"a\":\"<\\/script>\"}</script>",
        };
        foreach (string html in live) Assert.True(LiveScript.Find(html).Count > 0, html);
        string[] safe =
        {
            "<script src=\"assets/site.js\"></script>", "<script src=\"../assets/site.js\"></script>",
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p>", "<a href=\"https://example.org/javascript:x\">", "<a href=\"#javascript\">",
            "<!-- <script>alert(1)</script> -->", "<title><script>x</script></title>", "<p title=\"onclick=x\">",
        };
        foreach (string html in safe) Assert.True(LiveScript.Find(html).Count == 0, html + ": " + string.Join("; ", LiveScript.Find(html)));
    }

    [Fact]
    public void The_diagnostic_oracles_catch_a_bad_location_an_empty_message_an_unknown_file_and_the_canary()
    {
        var files = new Dictionary<string, string> { ["results.md"] = "one\ntwo\n" };
        Diagnostic At(string file, int line, int column, string message = "a message") =>
            new(RuleTable.FG0001, Severity.Error, new SourceLocation(file, line, column, line, column + 1), message);

        Verdict Check(params Diagnostic[] diagnostics)
        {
            var verdict = new Verdict();
            Oracles.Diagnostics(verdict, diagnostics, files);
            foreach (var d in diagnostics) Oracles.NoCanary(verdict, "a message", d.Message);
            return verdict;
        }

        Assert.True(Check(At("results.md", 2, 4), At("results.md", 3, 1)).Passed);
        Assert.Contains(Check(At("results.md", 4, 1)).Violations, v => v.Oracle == "diagnostic-location");
        Assert.Contains(Check(At("results.md", 1, 9)).Violations, v => v.Oracle == "diagnostic-location");
        Assert.Contains(Check(At("results.md", 0, 1)).Violations, v => v.Oracle == "diagnostic-location");
        Assert.Contains(Check(At("other.md", 1, 1)).Violations, v => v.Oracle == "diagnostic-location");
        // A message over two lines can no longer be made: Diagnostic keeps every message on one line.
        Assert.Equal("two lines", At("results.md", 1, 1, "two\nlines").Message);
        Assert.Contains(Check(At("results.md", 1, 1, "")).Violations, v => v.Oracle == "diagnostic-contract");
        Assert.Contains(Check(At("results.md", 1, 1, "says " + Fixture.Canary)).Violations, v => v.Oracle == "privacy");
    }

    [Fact]
    public void An_input_that_overruns_its_time_is_a_finding_and_an_exception_is_one_too()
    {
        var worker = new Worker();
        var slow = worker.Run(new SleepingTarget(), new byte[] { 1 }, TimeSpan.FromMilliseconds(100), out var elapsed);
        Assert.Contains(slow.Violations, v => v.Oracle == "time");
        Assert.False(worker.Usable);
        Assert.True(elapsed < TimeSpan.FromSeconds(5));
        var thrown = new Worker().Run(new SleepingTarget(), Array.Empty<byte>(), TimeSpan.FromSeconds(10), out _);
        Assert.Contains(thrown.Violations, v => v.Oracle == "no-exception" && v.Detail.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_target_traces_against_the_fixture_so_that_its_oracles_have_something_to_check()
    {
        var verdict = Targets.Create("page").Execute(System.Text.Encoding.UTF8.GetBytes(Fixture.Page));
        Assert.True(verdict.Passed, string.Join("\n", verdict.Violations));
        Assert.Contains("S:Verbatim", verdict.Features);
        Assert.Contains("S:NotFound", verdict.Features);
        Assert.Contains(verdict.Features, f => f.StartsWith("D:FG0101", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("manifest")]
    [InlineData("page")]
    [InlineData("tracer")]
    public void An_input_that_is_not_UTF8_stops_at_the_host_as_the_tool_does(string target)
    {
        var verdict = Targets.Create(target).Execute(new byte[] { (byte)'#', 0xC3, 0x28 });
        Assert.True(verdict.Passed, string.Join("\n", verdict.Violations));
        Assert.Equal(new[] { "not-utf8" }, verdict.Features);
    }

    /// <summary>Sleeps for a non-empty input (a hang), throws for an empty one.</summary>
    private sealed class SleepingTarget : FuzzTarget
    {
        public override string Name => "sleeping";
        public override string Extension => ".bin";

        protected override void Run(byte[] input, Verdict verdict)
        {
            if (input.Length == 0) throw new InvalidOperationException("thrown on purpose");
            System.Threading.Thread.Sleep(2000);
        }
    }
}
