using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace FindingsGen.Language.Manifest;

/// <summary>
/// The SPDX licence identifiers <c>publication.license</c> accepts: those researchers put on papers, data and code (the
/// Creative Commons family in every version, the public-domain dedications, the open-data licences and the common software
/// licences). An identifier is matched ignoring case and kept in SPDX's spelling; an expression of them joined by OR or AND
/// is accepted, and so is a <c>LicenseRef-…</c> of the study's own.
/// </summary>
public static class PublicationLicenses
{
    /// <summary>The identifiers, in SPDX's spelling.</summary>
    public static IReadOnlyList<string> Known { get; } = Build();

    private static readonly Dictionary<string, string> ByLowerCase = Known.ToDictionary(id => id.ToLowerInvariant(), id => id, StringComparer.Ordinal);

    private static readonly Regex LicenseRef = new(@"^LicenseRef-[A-Za-z0-9.\-]+$", RegexOptions.CultureInvariant);

    private static IReadOnlyList<string> Build()
    {
        var ids = new List<string>();
        // Creative Commons: each of the six licences in each generic version (NC, ND and NC-ND existed from 1.0), and the
        // national and IGO ports SPDX lists that researchers meet on journal sites.
        foreach (string kind in new[] { "BY", "BY-SA", "BY-ND", "BY-NC", "BY-NC-SA", "BY-NC-ND" })
            foreach (string version in new[] { "1.0", "2.0", "2.5", "3.0", "4.0" })
                ids.Add($"CC-{kind}-{version}");
        ids.AddRange(new[]
        {
            "CC-BY-2.5-AU", "CC-BY-3.0-AT", "CC-BY-3.0-AU", "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US",
            "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-3.0-AT", "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO",
            "CC-BY-NC-3.0-DE", "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR",
            "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-ND-3.0-DE",
            "CC0-1.0", "CC-PDDC", "PDDL-1.0",
            // Open data.
            "ODbL-1.0", "ODC-By-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "OGL-UK-1.0", "OGL-UK-2.0",
            "OGL-UK-3.0", "OGL-Canada-2.0", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "etalab-2.0", "NLOD-1.0", "NLOD-2.0",
            // Software (a study's scripts and templates).
            "MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "ISC", "Unlicense", "Zlib", "BSL-1.0",
            "MPL-2.0", "EPL-2.0", "EUPL-1.2", "Artistic-2.0",
            "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later",
            "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
            "AGPL-3.0-only", "AGPL-3.0-or-later",
            // Deprecated in SPDX but still valid identifiers, common in older repositories.
            "GPL-2.0", "GPL-2.0+", "GPL-3.0", "GPL-3.0+", "LGPL-2.1", "LGPL-3.0", "AGPL-3.0",
            "GFDL-1.3-only", "GFDL-1.3-or-later", "LPPL-1.3c", "OFL-1.1",
        });
        return ids;
    }

    /// <summary>
    /// <paramref name="written"/> in SPDX's spelling (<c>cc-by-4.0</c> → <c>CC-BY-4.0</c>; <c>mit or apache-2.0</c> →
    /// <c>MIT OR Apache-2.0</c>), or null with <paramref name="problem"/> saying what is wrong and what was probably meant.
    /// </summary>
    public static string? Canonical(string written, out string? problem)
    {
        problem = null;
        string text = written.Trim();
        if (text.Length == 0)
        {
            problem = "is empty; name an SPDX licence identifier, e.g. CC-BY-4.0";
            return null;
        }
        if (text.Any(char.IsControl))
        {
            problem = "must be an SPDX licence identifier on one line, e.g. CC-BY-4.0";
            return null;
        }
        // An expression: identifiers joined by OR or AND (SPDX accepts the operators in either case).
        var terms = Regex.Split(text, @"\s+(OR|AND)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var parts = new List<string>();
        for (int i = 0; i < terms.Length; i++)
        {
            if (i % 2 == 1)
            {
                parts.Add(terms[i].ToUpperInvariant());
                continue;
            }
            if (One(terms[i], out problem) is not { } id) return null;
            parts.Add(id);
        }
        return string.Join(" ", parts);
    }

    private static string? One(string term, out string? problem)
    {
        problem = null;
        if (ByLowerCase.TryGetValue(term.ToLowerInvariant(), out string? id)) return id;
        if (LicenseRef.IsMatch(term)) return term;
        if (term.StartsWith("LicenseRef-", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{ManifestReader.Shorten(term)}' is not a well-formed LicenseRef: after 'LicenseRef-' only letters, digits, '.' and '-'";
            return null;
        }
        // "CC BY 4.0" and "cc_by_4.0" are how a licence is written on paper: the nearest identifier is the one meant.
        string spelled = Regex.Replace(term.ToLowerInvariant(), @"[\s_]+", "-");
        string? near = Text.Suggestion.Nearest(spelled, ByLowerCase.Keys, 2);
        string hint;
        if (near is not null) hint = $"; did you mean {ByLowerCase[near]}?";
        else if (Regex.IsMatch(spelled, @"^cc-by(-(sa|nd|nc|nc-sa|nc-nd))?$")) hint = $"; name the version too, e.g. {spelled.ToUpperInvariant()}-4.0";
        else hint = "; e.g. CC-BY-4.0, CC0-1.0 or ODbL-1.0 (a licence of your own: LicenseRef-name)";
        problem = $"'{ManifestReader.Shorten(term)}' is not an SPDX licence identifier FindingsGen knows{hint}";
        return null;
    }

    /// <summary>
    /// The page that states licence <paramref name="id"/> (one identifier, as <see cref="Canonical"/> returns it): Creative
    /// Commons' own deed for its licences, SPDX's page for the rest; null for an expression or a LicenseRef.
    /// </summary>
    public static string? Url(string id)
    {
        if (!ByLowerCase.ContainsKey(id.ToLowerInvariant()) || id.IndexOf(' ') >= 0) return null;
        if (id == "CC0-1.0") return "https://creativecommons.org/publicdomain/zero/1.0/";
        var cc = Regex.Match(id, @"^CC-(BY(?:-NC)?(?:-SA|-ND)?)-([0-9.]+)$");
        if (cc.Success) return $"https://creativecommons.org/licenses/{cc.Groups[1].Value.ToLowerInvariant()}/{cc.Groups[2].Value}/";
        return "https://spdx.org/licenses/" + id + ".html";
    }

    /// <summary>How a licence is named in prose: "CC BY 4.0" for Creative Commons (their own style), the identifier otherwise.</summary>
    public static string DisplayName(string id)
    {
        if (id == "CC0-1.0") return "CC0 1.0";
        var cc = Regex.Match(id, @"^CC-(BY(?:-NC)?(?:-SA|-ND)?)-([0-9.]+)$");
        return cc.Success ? $"CC {cc.Groups[1].Value} {cc.Groups[2].Value}" : id;
    }
}
