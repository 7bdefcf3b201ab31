using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Model;

/// <summary>A frequency claim: <c>[Most]{.freq of="T1 T2 T4"}</c>.</summary>
public sealed class FrequencyClaim
{
    internal FrequencyClaim(string text, SourceLocation location, IReadOnlyList<ParticipantRef>? of, Page page, Theme? theme, Subtheme? subtheme)
    {
        Text = text;
        Location = location;
        Of = of;
        Page = page;
        Theme = theme;
        Subtheme = subtheme;
    }

    /// <summary>The span's text ("Most participants").</summary>
    public string Text { get; }
    /// <summary>The whole span.</summary>
    public SourceLocation Location { get; }
    /// <summary>The participants counted, or null when there is no <c>of</c>.</summary>
    public IReadOnlyList<ParticipantRef>? Of { get; }
    /// <summary>The page.</summary>
    public Page Page { get; }
    /// <summary>The enclosing theme, if any.</summary>
    public Theme? Theme { get; }
    /// <summary>The enclosing subtheme, if any.</summary>
    public Subtheme? Subtheme { get; }
}
