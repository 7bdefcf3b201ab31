using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace FindingsGen.Cli;

/// <summary>
/// One file of the study <c>findings new</c> writes: its study-relative path and its bytes. The files are the embedded
/// resources named <c>skeleton/…</c> (Cli/Skeleton/ in the source tree, and the manifest's schema from docs/).
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
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            string text = reader.ReadToEnd().Replace("\r\n", "\n").Replace(VersionPlaceholder, ToolVersion).Replace(DocsPlaceholder, Language.Diagnostics.RuleTable.DocsBaseUrl);
            files.Add(new SkeletonFile(name.Substring(Prefix.Length), new UTF8Encoding(false).GetBytes(text)));
        }
        return files;
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
