using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FindingsGen.Tests;

/// <summary>
/// Reads a spec file: Markdown prose with examples, in Markdig's manner. The spec files are the rule pages
/// (<c>docs/rules/FGxxxx.md</c>, read from the repository, so a documented example cannot rot) and the files under
/// <c>Specs/</c> for what is no one rule's (editing, focus groups, matching, tracing). A <c>~~~ yaml manifest</c> block sets
/// the manifest for the examples after it; each <c>~~~ markdown example</c> block (the page results.md) is
/// followed by a <c>~~~ text expected</c> block with the exact diagnostics, one a line (empty: none).
/// Optional extra pages: <c>~~~ markdown page NAME</c> before the example. Transcripts
/// (<c>~~~ text transcript T1.txt</c>) and the identifiers list (<c>~~~ text identifiers</c>) stay in force
/// for the rest of the file; a transcript of the same name replaces the earlier one. <c>~~~ text lock</c> gives
/// <c>findings.lock</c> (tracing without transcripts) and <c>~~~ markdown unlisted NAME</c> a page file that
/// <c>pages:</c> does not list, both for the next example only. <c>~~~ xml coding</c> is the REFI-QDA project the
/// manifest's <c>coding:</c> names (its <c>project.qde</c>, sources inline); it stays in force for the rest of the file.
/// </summary>
public sealed class SpecFile
{
    public sealed record Example(string File, string Name, int Line, string Manifest, IReadOnlyList<KeyValuePair<string, string>> Pages, IReadOnlyList<string> Expected,
        IReadOnlyList<KeyValuePair<string, string>> Transcripts, string? Identifiers, string? Lock = null, IReadOnlyList<string>? Unlisted = null,
        string? Coding = null)
    {
        public override string ToString() => $"{File}: {Name}";
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static string RulePages => Path.Combine(RepoRoot.Path, "docs", "rules");

    public static IEnumerable<Example> ReadAll() =>
        Directory.GetFiles(RulePages, "FG*.md").Concat(Directory.GetFiles(Folder, "*.md"))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<Example> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        string manifest = "";
        string heading = "";
        var pages = new List<KeyValuePair<string, string>>();
        var transcripts = new List<KeyValuePair<string, string>>();
        string? identifiers = null;
        string? lockText = null;
        string? coding = null;
        var unlisted = new List<string>();
        string? pendingExample = null;
        int exampleLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("#", StringComparison.Ordinal)) heading = line.TrimStart('#').Trim();
            if (!line.StartsWith("~~~ ", StringComparison.Ordinal)) continue;
            var info = line.Substring(4).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int start = i + 1;
            int end = start;
            while (end < lines.Length && lines[end] != "~~~") end++;
            string body = string.Join("\n", lines[start..end]);
            if (body.Length > 0) body += "\n";
            i = end;
            switch (info[1])
            {
                case "manifest":
                    manifest = body;
                    break;
                case "page":
                    pages.Add(new KeyValuePair<string, string>(info[2], body));
                    break;
                case "transcript":
                    transcripts.RemoveAll(t => t.Key == info[2]);
                    transcripts.Add(new KeyValuePair<string, string>(info[2], body));
                    break;
                case "identifiers":
                    identifiers = body;
                    break;
                case "lock":
                    lockText = body;
                    break;
                case "coding":
                    coding = body;
                    break;
                case "unlisted":
                    unlisted.Add(info[2]);
                    break;
                case "example":
                    pendingExample = body;
                    exampleLine = start;
                    break;
                case "expected":
                    if (pendingExample is null) throw new InvalidDataException($"{path}({start}): expected block without an example");
                    var all = new List<KeyValuePair<string, string>>(pages) { new("results.md", pendingExample) };
                    yield return new Example(Path.GetFileName(path), heading, exampleLine,
                        manifest, all, body.Split('\n', StringSplitOptions.RemoveEmptyEntries), transcripts.ToList(), identifiers, lockText, unlisted.ToList(), coding);
                    pendingExample = null;
                    pages.Clear();
                    lockText = null;
                    unlisted.Clear();
                    break;
            }
        }
    }
}
