using System;

namespace FindingsGen.Language.Diagnostics;

/// <summary>A 1-based, end-exclusive range in a study file, as compilers print it.</summary>
public readonly struct SourceLocation : IEquatable<SourceLocation>, IComparable<SourceLocation>
{
    /// <summary>Creates a location; lines and columns are 1-based, the end column is exclusive.</summary>
    public SourceLocation(string file, int line, int column, int endLine, int endColumn)
    {
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>The file, relative to the study folder, with forward slashes.</summary>
    public string File { get; }
    /// <summary>1-based line of the first character.</summary>
    public int Line { get; }
    /// <summary>1-based column of the first character (UTF-16 code units).</summary>
    public int Column { get; }
    /// <summary>1-based line of the end.</summary>
    public int EndLine { get; }
    /// <summary>1-based column just past the last character.</summary>
    public int EndColumn { get; }

    /// <summary>A location at the very start of a file, for problems with the file as a whole.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1, 1, 1);

    /// <inheritdoc />
    public int CompareTo(SourceLocation other)
    {
        int c = string.CompareOrdinal(File, other.File);
        if (c != 0) return c;
        c = Line.CompareTo(other.Line);
        if (c != 0) return c;
        c = Column.CompareTo(other.Column);
        if (c != 0) return c;
        c = EndLine.CompareTo(other.EndLine);
        return c != 0 ? c : EndColumn.CompareTo(other.EndColumn);
    }

    /// <inheritdoc />
    public bool Equals(SourceLocation other) => CompareTo(other) == 0;
    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);
    /// <inheritdoc />
    public override int GetHashCode() => (File, Line, Column, EndLine, EndColumn).GetHashCode();
    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
