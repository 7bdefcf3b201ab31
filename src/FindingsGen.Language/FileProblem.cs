using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language;

/// <summary>A file a host could not hand over as text, and where to report it.</summary>
public sealed class FileProblem
{
    /// <summary>Creates a problem.</summary>
    public FileProblem(SourceLocation location, string message)
    {
        Location = location;
        Message = message;
    }

    /// <summary>Where to report it.</summary>
    public SourceLocation Location { get; }
    /// <summary>What is wrong.</summary>
    public string Message { get; }
}
