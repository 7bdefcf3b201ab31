using System.Collections.Generic;

namespace FindingsGen.Language.Coding;

/// <summary>
/// The ways a selection's positions may count a source's characters. REFI-QDA says "characters", and the packages
/// disagree on what one is: QualCoder counts code points (an emoji is one), ATLAS.ti counts a CRLF line end as one,
/// others count UTF-16 units as .NET strings do. Positions are hints: each reading gives a span, and the quotation is
/// matched by content in whichever spans there are.
/// </summary>
internal sealed class SelectionReadings
{
    private readonly string text;
    private readonly List<(bool CodePoints, bool CrlfAsOne)> readings = new() { (false, false) };
    private readonly Dictionary<(bool, bool), int[]> maps = new();

    public SelectionReadings(string text)
    {
        this.text = text;
        // Only the readings that differ for this text: most sources have neither surrogate pairs nor CRLF.
        bool surrogates = false, crlf = text.Contains("\r\n");
        foreach (char c in text)
        {
            if (char.IsHighSurrogate(c))
            {
                surrogates = true;
                break;
            }
        }
        if (surrogates) readings.Add((true, false));
        if (crlf) readings.Add((false, true));
        if (surrogates && crlf) readings.Add((true, true));
    }

    /// <summary>The distinct [start, end) spans of the text, in UTF-16 units, that a selection's positions may mean.</summary>
    public IEnumerable<(int Start, int End)> Spans(int start, int end)
    {
        if (start < 0 || end <= start) yield break;
        var seen = new HashSet<(int, int)>();
        foreach (var reading in readings)
        {
            var map = Map(reading);
            if (end >= map.Length) continue; // past the end in this reading: it is not this one
            var span = (map[start], map[end]);
            if (seen.Add(span)) yield return span;
        }
    }

    /// <summary>Position in the reading → UTF-16 index (one entry past the end too).</summary>
    private int[] Map((bool CodePoints, bool CrlfAsOne) reading)
    {
        if (maps.TryGetValue(reading, out var map)) return map;
        var list = new List<int>(text.Length + 1);
        int i = 0;
        while (i < text.Length)
        {
            list.Add(i);
            if (reading.CodePoints && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i += 2;
            else if (reading.CrlfAsOne && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i += 2;
            else i++;
        }
        list.Add(text.Length);
        map = list.ToArray();
        maps[reading] = map;
        return map;
    }
}
