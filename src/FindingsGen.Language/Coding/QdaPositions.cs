using System;

namespace FindingsGen.Language.Coding;

/// <summary>
/// A selection's positions as indexes into its source's text. Positions are hints: each package counts them its own
/// way (<see cref="QdaPositionCounting"/>), and the project says only which package wrote it (<c>origin</c>). Where the
/// text has no CRLF and no character outside the Basic Multilingual Plane every count agrees; elsewhere the count is
/// taken from the origin. A quotation is still matched to a selection by content, never by these indexes alone.
/// </summary>
public static class QdaPositions
{
    /// <summary>The counting the package named by a project's <c>origin</c> uses (UTF-16 when unknown).</summary>
    public static QdaPositionCounting CountingFor(string? origin)
    {
        string o = origin ?? "";
        if (o.IndexOf("QualCoder", StringComparison.OrdinalIgnoreCase) >= 0) return QdaPositionCounting.CodePoints;
        if (o.IndexOf("ATLAS", StringComparison.OrdinalIgnoreCase) >= 0) return QdaPositionCounting.Utf16CrLfAsOne;
        return QdaPositionCounting.Utf16;
    }

    /// <summary>
    /// The UTF-16 index in <paramref name="text"/> of <paramref name="position"/> counted by <paramref name="counting"/>,
    /// or -1 when the text is shorter than that.
    /// </summary>
    public static int ToIndex(string text, int position, QdaPositionCounting counting)
    {
        if (position < 0) return -1;
        if (counting == QdaPositionCounting.Utf16) return position <= text.Length ? position : -1;
        int index = 0;
        for (int counted = 0; counted < position; counted++)
        {
            if (index >= text.Length) return -1;
            if (counting == QdaPositionCounting.CodePoints && char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])) index += 2;
            else if (counting == QdaPositionCounting.Utf16CrLfAsOne && text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n') index += 2;
            else index++;
        }
        return index;
    }

    /// <summary>
    /// The text a selection covers, its positions counted as the project's origin says, or null when they fall outside
    /// the text. For an importer's draft quotation; the checks match by content.
    /// </summary>
    public static string? TextOf(QdaSource source, QdaSelection selection, string? origin)
    {
        if (source.Text is null) return null;
        var counting = CountingFor(origin);
        int start = ToIndex(source.Text, selection.Start, counting);
        int end = ToIndex(source.Text, selection.End, counting);
        return start < 0 || end < start ? null : source.Text.Substring(start, end - start);
    }
}
