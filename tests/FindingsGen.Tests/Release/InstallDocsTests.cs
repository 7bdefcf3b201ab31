using System.IO;
using System.Xml.Linq;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The install path's documents, as ReleaseTests reads them: the study project of docs/build.md and the nuget.config
/// of docs/install.md are built verbatim by the slow test, so here they are checked to be there and well formed.
/// </summary>
public sealed class InstallDocsTests
{
    [Fact]
    public void The_nuget_config_in_install_md_reads_the_analyzer_from_the_study_packages_folder_only()
    {
        var config = XDocument.Parse(DocsBlocks.Xml("install.md", "<packageSources>"));
        var sources = config.Root!.Element("packageSources")!;
        Assert.NotNull(sources.Element("clear"));
        Assert.Contains(sources.Elements("add"), a => (string?)a.Attribute("key") == "findingsgen" && (string?)a.Attribute("value") == "packages");
        var mapping = config.Root.Element("packageSourceMapping")!;
        Assert.Contains(mapping.Elements("packageSource"), s => (string?)s.Attribute("key") == "findingsgen" && (string?)s.Element("package")!.Attribute("pattern") == "FindingsGen.*");
    }

    [Fact]
    public void The_study_project_in_build_md_references_the_analyzer_package_and_points_to_the_install_page()
    {
        var project = XDocument.Parse(DocsBlocks.Xml("build.md", "<Project Sdk="));
        Assert.Contains("<PackageReference Include=\"FindingsGen.Analyzers\" Version=\"0.1.0\" PrivateAssets=\"all\" />", project.ToString());
        string build = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "build.md"));
        Assert.Contains("NU1101", build);
        Assert.Contains("(install.md#the-analyzer-package-for-dotnet-build-and-ci)", build);
        Assert.Contains("## The analyzer package, for `dotnet build` and CI", File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "install.md")));
    }

    [Fact]
    public void The_readme_has_an_install_section_pointing_to_the_install_page()
    {
        string readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));
        int install = readme.IndexOf("\n## Install\n", System.StringComparison.Ordinal);
        Assert.True(install > readme.IndexOf("./test.sh", System.StringComparison.Ordinal), "the Install section comes after the first two commands");
        Assert.Contains("dotnet tool install -g FindingsGen --add-source", readme.Substring(install));
        Assert.Contains("[docs/install.md](docs/install.md)", readme.Substring(install));
    }
}
