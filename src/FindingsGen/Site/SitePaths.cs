using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Site;

/// <summary>Where each thing lives in the site: stable file names and anchors, computed once.</summary>
public sealed class SitePaths
{
    private readonly Dictionary<string, string> participantFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<Quotation, string> quotationAnchors = new();
    private readonly Dictionary<Theme, string> themeFiles = new();

    /// <summary>Computes the paths for a study.</summary>
    public SitePaths(Study study)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var participant in study.Manifest.Participants)
        {
            string slug = Slug(participant.Id);
            while (!used.Add(slug)) slug += "-" + used.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            participantFiles[participant.Id] = "participants/" + slug + ".html";
        }
        // A theme's file is its ID, which check requires to be lower-case letters, digits and hyphens, and unique.
        // A draft publishes a study check found wrong, so the file name is made safe and unique here, whatever
        // the ID: two themes with one ID get two pages, and no ID can name a path outside themes/.
        var themeSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in study.Themes)
        {
            themeFiles[theme] = "themes/" + Unique(themeSlugs, Slug(theme.Id, "theme")) + ".html";
        }
        var taken = new HashSet<string>(study.Anchors.Select(a => a.Id), StringComparer.Ordinal);
        var quotationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quotation in study.Quotations)
        {
            // A duplicate quotation ID (FG0005) keeps the first its ID; the others get one of their own.
            if (quotation.Id is { } id && quotationIds.Add(id))
            {
                quotationAnchors[quotation] = id;
                continue;
            }
            // A quotation without an ID keeps its anchor through edits elsewhere: a hash of its words and speakers.
            string anchor = "q-" + Sha256Hex.Of(string.Join(" ", quotation.From.Select(f => f.Id)) + "\n" + quotation.Text.Text).Substring(0, 10);
            quotationAnchors[quotation] = Unique(taken, anchor);
        }
    }

    /// <summary><paramref name="wanted"/>, or the first of <c>wanted-2</c>, <c>wanted-3</c>… not yet <paramref name="taken"/>; it is taken now.</summary>
    private static string Unique(HashSet<string> taken, string wanted)
    {
        string unique = wanted;
        for (int n = 2; !taken.Add(unique); n++) unique = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return unique;
    }

    /// <summary>The overview page.</summary>
    public const string Index = "index.html";
    /// <summary>The quotation index.</summary>
    public const string Quotations = "quotations.html";
    /// <summary>The Participants page (the characteristics table).</summary>
    public const string Participants = "participants.html";
    /// <summary>The validation report.</summary>
    public const string Report = "report.html";

    /// <summary>A theme's page (for a theme of another study: from its ID alone).</summary>
    public string Theme(Theme theme) => themeFiles.TryGetValue(theme, out var file) ? file : "themes/" + Slug(theme.Id, "theme") + ".html";

    /// <summary>A participant's page, or null for an unknown ID.</summary>
    public string? Participant(string id) => participantFiles.TryGetValue(id, out var file) ? file : null;

    /// <summary>A quotation's anchor.</summary>
    public string Anchor(Quotation quotation) => quotationAnchors[quotation];

    /// <summary>The longest slug, in characters: with a "-N" suffix and ".html" it stays well under a file name's 255 bytes.</summary>
    public const int MaxSlug = 100;

    /// <summary>Lower-case letters, digits and hyphens; anything else becomes a hyphen.</summary>
    public static string Slug(string id) => Slug(id, "p");

    /// <summary>Lower-case letters, digits and hyphens, or <paramref name="fallback"/> when nothing of the ID is left.</summary>
    public static string Slug(string id, string fallback)
    {
        string slug = Language.Text.Slug.Of(id);
        // A file name has at most 255 bytes on common file systems: a long ID is cut (the callers make cut names unique).
        if (slug.Length > MaxSlug) slug = slug.Substring(0, MaxSlug).TrimEnd('-');
        return slug.Length == 0 ? fallback : slug;
    }
}
