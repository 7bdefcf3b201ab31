using System;
using System.IO;
using System.Text.RegularExpressions;

namespace FindingsGen.Tests;

/// <summary>Code blocks of the documents, for tests that run what the documents show, verbatim.</summary>
public static class DocsBlocks
{
    /// <summary>The first ```xml block of docs/<paramref name="page"/> that contains <paramref name="marker"/>.</summary>
    public static string Xml(string page, string marker)
    {
        string text = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", page));
        foreach (Match block in Regex.Matches(text, "```xml\n(.*?)```", RegexOptions.Singleline))
        {
            if (block.Groups[1].Value.Contains(marker)) return block.Groups[1].Value;
        }
        throw new InvalidOperationException($"docs/{page} has no xml block with {marker}");
    }
}
