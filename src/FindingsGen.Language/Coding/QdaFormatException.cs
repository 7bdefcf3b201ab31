using System;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Thrown inside <see cref="QdaXmlParser"/> when reading cannot go on (past a limit, the wrong root): caught by
/// <see cref="QdaProjectReader"/> and turned into one FG0505 at <see cref="Line"/> and <see cref="Column"/>. Never leaves the core.
/// </summary>
internal sealed class QdaFormatException : Exception
{
    public QdaFormatException(int line, int column, int length, string problem) : base(problem)
    {
        Line = line;
        Column = column;
        Length = length;
    }

    /// <summary>1-based line.</summary>
    public int Line { get; }
    /// <summary>1-based column.</summary>
    public int Column { get; }
    /// <summary>How many characters the location spans.</summary>
    public int Length { get; }
}
