using System.Collections.Generic;

namespace FindingsGen.Files;

/// <summary>A file the build hands the analyzer as an AdditionalFile, with its metadata.</summary>
public sealed class BuildFile
{
    /// <summary>Creates an entry.</summary>
    public BuildFile(string path, IReadOnlyDictionary<string, string> metadata)
    {
        Path = path;
        Metadata = metadata;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }
    /// <summary>Metadata names (see <see cref="Language.HostFiles"/>) and values.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }
}
