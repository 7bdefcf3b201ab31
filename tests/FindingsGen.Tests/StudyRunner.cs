using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Tests;

/// <summary>Runs the core on texts, as the hosts do.</summary>
public static class StudyRunner
{
    public static CheckResult Check(string manifest, params (string Path, string Text)[] pages) =>
        Check(manifest, pages.Select(p => new KeyValuePair<string, string>(p.Path, p.Text)));

    public static CheckResult Check(string manifest, IEnumerable<KeyValuePair<string, string>> pages)
    {
        var diagnostics = new DiagnosticList();
        var read = FindingsChecker.ReadManifest(manifest, diagnostics);
        var input = new StudyInput(read, diagnostics.Items.ToList());
        input.Pages.AddRange(pages);
        return FindingsChecker.Check(input);
    }

    public static string[] Lines(CheckResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();
}
