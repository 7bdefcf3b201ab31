using System;
using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Text;

/// <summary>
/// Turns character offsets in one file into 1-based line and column. Markdig's positions are
/// zero-based with inclusive ends; this is the one place they are converted.
/// </summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/>; CRLF, LF and CR all end a line.</summary>
    public LineMap(string file, string text)
    {
        File = file;
        Length = text.Length;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        lineStarts = starts.ToArray();
    }

    /// <summary>The file the offsets belong to.</summary>
    public string File { get; }

    /// <summary>The text's length.</summary>
    public int Length { get; }

    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Length));
        int index = Array.BinarySearch(lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>A location from a start offset and an exclusive end offset.</summary>
    public SourceLocation Locate(int start, int endExclusive)
    {
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(Math.Max(start, endExclusive));
        return new SourceLocation(File, line, column, endLine, endColumn);
    }

    /// <summary>A location from a Markdig span (zero-based, inclusive end).</summary>
    public SourceLocation Locate(Markdig.Syntax.SourceSpan span) => Locate(span.Start, span.End + 1);
}
