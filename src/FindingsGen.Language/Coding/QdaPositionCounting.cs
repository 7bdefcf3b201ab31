namespace FindingsGen.Language.Coding;

/// <summary>How a package counts a selection's positions in its source's text (see <see cref="QdaPositions"/>).</summary>
public enum QdaPositionCounting
{
    /// <summary>UTF-16 code units, as .NET strings are indexed (MAXQDA, NVivo).</summary>
    Utf16,
    /// <summary>Unicode code points: a character outside the Basic Multilingual Plane counts once (QualCoder, written in Python).</summary>
    CodePoints,
    /// <summary>UTF-16 code units, with a CRLF line end counted as one character (ATLAS.ti).</summary>
    Utf16CrLfAsOne,
}
