using System;
using System.Globalization;

namespace FindingsGen.Site;

/// <summary>
/// The short label a navigation shows for a long title. The author's <c>short=</c> wins; without one, a title of
/// <see cref="MaxLength"/> characters or fewer is shown whole, a longer one up to its first colon or dash when that part
/// fits ("Mentalizing: when it fails" → "Mentalizing"), else as many whole words as fit, followed by "…". The rest of
/// the title is kept for assistive technology, so a link's accessible name is never a cut-off fragment.
/// </summary>
public static class NavigationLabel
{
    /// <summary>The most characters (text elements) an automatic label has before its "…".</summary>
    public const int MaxLength = 24;

    // Separators a title's head may end at; the head is kept when it is a few characters or more (not "A: …").
    private static readonly string[] Separators = { ":", " – ", " — ", " - ", " -- " };

    /// <summary>The link view for <paramref name="title"/>, with the author's <paramref name="given"/> label if any.</summary>
    public static NavLinkView For(string title, string? given, string url)
    {
        title = title.Trim();
        if (given is { Length: > 0 } && given != title)
        {
            // The author's label may share no words with the title: the title follows it, hidden, so the name says both.
            return new NavLinkView(title, url, given, false, " (" + title + ")");
        }
        if (Length(title) <= MaxLength) return new NavLinkView(title, url, title, false, "");
        foreach (var separator in Separators)
        {
            int at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at < 3) continue;
            string head = title.Substring(0, at).TrimEnd();
            if (Length(head) <= MaxLength) return new NavLinkView(title, url, head, false, title.Substring(head.Length));
        }
        // Whole words up to the limit; a single word longer than the limit is cut inside (at a text element's edge).
        int end = 0;
        for (int i = 0; i < title.Length; i++)
        {
            if (!char.IsWhiteSpace(title[i]) || i == 0 || char.IsWhiteSpace(title[i - 1])) continue;
            if (Length(title.Substring(0, i)) > MaxLength) break;
            end = i;
        }
        if (end == 0) end = Cut(title, MaxLength);
        string label = title.Substring(0, end).TrimEnd(' ', ',', ';', '.', ':', '-', '–', '—');
        return new NavLinkView(title, url, label, true, title.Substring(label.Length));
    }

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    private static int Cut(string text, int elements)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        int count = 0;
        while (e.MoveNext())
        {
            if (count++ == elements) return e.ElementIndex;
        }
        return text.Length;
    }
}
