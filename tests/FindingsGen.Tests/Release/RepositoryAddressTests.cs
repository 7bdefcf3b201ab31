using System.IO;
using System.Linq;
using System.Text.Json;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The repository address is one MSBuild property, FindingsGenRepositoryUrl (Directory.Build.props): the core's
/// RuleTable.RepositoryUrl is generated from it, and the JSON Schemas in docs/ carry it in their "$id". These are the
/// fast checks of the default build; ReleaseTests builds with another address and sees everything follow.
/// </summary>
public sealed class RepositoryAddressTests
{
    [Fact]
    public void The_address_is_the_property_in_Directory_Build_props()
    {
        string props = File.ReadAllText(Path.Combine(RepoRoot.Path, "Directory.Build.props"));
        Assert.Contains($">{RuleTable.RepositoryUrl}</FindingsGenRepositoryUrl>", props);
        Assert.Equal(RuleTable.RepositoryUrl + "/blob/main/docs/", RuleTable.DocsBaseUrl);
        Assert.StartsWith(RuleTable.DocsBaseUrl + "rules/", RuleTable.All[0].HelpUrl);
    }

    [Fact]
    public void Every_schema_in_docs_has_its_published_address_as_its_id()
    {
        var schemas = Directory.GetFiles(Path.Combine(RepoRoot.Path, "docs"), "*.schema.json");
        Assert.Contains(schemas, s => s.EndsWith("findings.schema.json"));
        foreach (string schema in schemas)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(schema));
            Assert.Equal(RuleTable.DocsBaseUrl + Path.GetFileName(schema), json.RootElement.GetProperty("$id").GetString());
        }
    }

    [Fact]
    public void The_tool_embeds_every_schema_in_docs_stamped_with_the_address()
    {
        var assembly = typeof(Cli.CheckCommand).Assembly;
        foreach (string schema in Directory.GetFiles(Path.Combine(RepoRoot.Path, "docs"), "*.schema.json"))
        {
            string name = "schemas/" + Path.GetFileName(schema);
            using var stream = assembly.GetManifestResourceStream(name);
            Assert.True(stream is not null, name + " is not embedded");
            using var json = JsonDocument.Parse(stream!);
            Assert.Equal(RuleTable.DocsBaseUrl + Path.GetFileName(schema), json.RootElement.GetProperty("$id").GetString());
            using var source = JsonDocument.Parse(File.ReadAllText(schema));
            Assert.Equal(source.RootElement.EnumerateObject().Select(p => p.Name), json.RootElement.EnumerateObject().Select(p => p.Name));
        }
    }
}
