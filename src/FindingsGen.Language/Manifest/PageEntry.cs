namespace FindingsGen.Language.Manifest;

/// <summary>A page listed under <c>pages:</c>, with where it is listed (for FG0202).</summary>
public sealed class PageEntry
{
    /// <summary>Creates an entry.</summary>
    public PageEntry(string path, int line, int column, int length)
    {
        Path = path;
        Line = line;
        Column = column;
        Length = length;
    }

    /// <summary>The path as written, relative to the study folder.</summary>
    public string Path { get; }
    /// <summary>1-based line in findings.yml.</summary>
    public int Line { get; }
    /// <summary>1-based column in findings.yml.</summary>
    public int Column { get; }
    /// <summary>Length of the entry as written.</summary>
    public int Length { get; }
}
