using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace FindingsGen.Cli;

/// <summary>
/// One file of the study <c>findings new</c> writes: its study-relative path and its bytes. The files are the embedded
/// resources named <c>skeleton/…</c> (Cli/Skeleton/ in the source tree), and the manifest's JSON Schema as the tool
/// embeds it (<c>schemas/findings.manifest.schema.json</c>, its <c>$id</c> stamped with the repository address).
/// </summary>
public sealed class SkeletonFile
{
    private const string Prefix = "skeleton/";

    /// <summary>What the workflow's install step names, replaced by this tool's version so CI runs the same checks.</summary>
    internal const string VersionPlaceholder = "{{version}}";

    /// <summary>Where comments point for the documentation: the docs' address, never a path only this repository has.</summary>
    internal const string DocsPlaceholder = "{{docs}}";

    private SkeletonFile(string path, byte[] content)
    {
        Path = path;
        Content = content;
    }

    /// <summary>Where the file goes, '/'-separated, relative to the study folder.</summary>
    public string Path { get; }

    /// <summary>The file's bytes (UTF-8, LF line ends).</summary>
    public byte[] Content { get; }

    /// <summary>The files, sorted by path; <c>findings.lock</c> is not one of them (it is computed from the others).</summary>
    public static IReadOnlyList<SkeletonFile> All()
    {
        var assembly = typeof(SkeletonFile).Assembly;
        var files = new List<SkeletonFile>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            string text = Read(assembly, name).Replace(VersionPlaceholder, ToolVersion).Replace(DocsPlaceholder, Language.Diagnostics.RuleTable.DocsBaseUrl);
            files.Add(new SkeletonFile(name.Substring(Prefix.Length), new UTF8Encoding(false).GetBytes(text)));
        }
        files.Add(new SkeletonFile(SchemaPath, new UTF8Encoding(false).GetBytes(Read(assembly, SchemaResource))));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Where a new study keeps the manifest's schema, which its .vscode/settings.json maps findings.yml to.</summary>
    internal const string SchemaPath = ".vscode/findings.manifest.schema.json";

    private const string SchemaResource = "schemas/findings.manifest.schema.json";

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the tool lacks its embedded resource '{name}' (a broken build)");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>This tool's version (0.1.0), without the source revision a build may append (0.1.0+abc123).</summary>
    public static string ToolVersion
    {
        get
        {
            var assembly = typeof(SkeletonFile).Assembly;
            string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            int plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
