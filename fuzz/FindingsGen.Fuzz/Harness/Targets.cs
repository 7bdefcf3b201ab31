using System;
using System.Linq;

namespace FindingsGen.Fuzz;

/// <summary>Every target, by name.</summary>
internal static class Targets
{
    /// <summary>The names, in the order <c>--target all</c> runs them.</summary>
    public static readonly string[] Names = { "manifest", "page", "transcript-txt", "transcript-md", "transcript-vtt", "transcript-docx", "tracer", "site" };

    /// <summary>A fresh target named <paramref name="name"/>.</summary>
    public static FuzzTarget Create(string name) => name switch
    {
        "manifest" => new ManifestTarget(),
        "page" => new PageTarget(),
        "tracer" => new TracerTarget(),
        "site" => new SiteTarget(),
        _ when name.StartsWith("transcript-", StringComparison.Ordinal) && Names.Contains(name) => new TranscriptTarget(name.Substring(11)),
        _ => throw new ArgumentException($"unknown target '{name}'; the targets are {string.Join(", ", Names)}"),
    };
}
