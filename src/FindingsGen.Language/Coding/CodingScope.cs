using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Which codes each theme and subtheme rests on, resolved against a coding once for every coding rule. A <c>code=</c>
/// the coding lacks is FG0504 here, and the section is then checked against the codes it names that exist.
/// </summary>
internal sealed class CodingScope
{
    private readonly Dictionary<Theme, CodingSection> themes = new();
    private readonly Dictionary<Subtheme, CodingSection> subthemes = new();

    public CodingScope(Study study, CodingFacts facts, DiagnosticList diagnostics)
    {
        Facts = facts;
        foreach (var theme in study.Themes)
        {
            if (Resolve(theme.Id, theme.Title, theme.Codes, theme.CodeLocation, diagnostics) is { } section) themes[theme] = section;
        }
        foreach (var subtheme in study.Subthemes)
        {
            if (Resolve(subtheme.Id, subtheme.Title, subtheme.Codes, subtheme.CodeLocation, diagnostics) is { } section) subthemes[subtheme] = section;
        }
    }

    /// <summary>The coding.</summary>
    public CodingFacts Facts { get; }

    /// <summary>The theme's own section, or null when its heading names no code the coding has.</summary>
    public CodingSection? Own(Theme theme) => themes.TryGetValue(theme, out var s) ? s : null;

    /// <summary>The subtheme's own section, or null when its heading names no code the coding has.</summary>
    public CodingSection? Own(Subtheme subtheme) => subthemes.TryGetValue(subtheme, out var s) ? s : null;

    /// <summary>
    /// The section a claim or quotation is checked against: its subtheme's codes; in a subtheme whose heading has no
    /// <c>code=</c>, or outside any subtheme, its theme's (a theme's code covers the codes nested in it). None when the
    /// subtheme names only codes the coding lacks (FG0504 says so).
    /// </summary>
    public CodingSection? For(Theme? theme, Subtheme? subtheme)
    {
        if (subtheme is not null)
        {
            if (subthemes.TryGetValue(subtheme, out var own)) return own;
            if (subtheme.Codes.Count > 0) return null;
            theme = subtheme.Theme ?? theme;
        }
        return theme is not null && themes.TryGetValue(theme, out var t) ? t : null;
    }

    /// <summary>Every resolved section by theme or subtheme ID, themes first.</summary>
    public IEnumerable<CodingSection> Sections
    {
        get
        {
            foreach (var s in themes.Values) yield return s;
            foreach (var s in subthemes.Values) yield return s;
        }
    }

    private CodingSection? Resolve(string id, string title, IReadOnlyList<string> written, SourceLocation? at, DiagnosticList diagnostics)
    {
        if (written.Count == 0) return null;
        var codes = new List<CodeEntry>();
        foreach (var name in written)
        {
            var code = Facts.Codes.Resolve(name, out string? problem);
            if (code is null) Rules.FG0504UnknownCode.Report(at!.Value, problem!, Facts.Source, diagnostics);
            else if (!codes.Contains(code)) codes.Add(code);
        }
        return codes.Count == 0 ? null : new CodingSection(id, title, codes);
    }
}
