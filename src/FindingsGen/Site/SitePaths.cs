using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language.Model;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Site;

/// <summary>Where each thing lives in the site: stable file names and anchors, computed once.</summary>
public sealed class SitePaths
{
    private readonly Dictionary<string, string> participantFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<Quotation, string> quotationAnchors = new();

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
        var taken = new HashSet<string>(study.Anchors.Select(a => a.Id), StringComparer.Ordinal);
        foreach (var quotation in study.Quotations)
        {
            if (quotation.Id is { } id)
            {
                quotationAnchors[quotation] = id;
                continue;
            }
            // A quotation without an ID keeps its anchor through edits elsewhere: a hash of its words and speakers.
            string anchor = "q-" + Sha256Hex.Of(string.Join(" ", quotation.From.Select(f => f.Id)) + "\n" + quotation.Text.Text).Substring(0, 10);
            string unique = anchor;
            for (int n = 2; !taken.Add(unique); n++) unique = anchor + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            quotationAnchors[quotation] = unique;
        }
    }

    /// <summary>The overview page.</summary>
    public const string Index = "index.html";
    /// <summary>The quotation index.</summary>
    public const string Quotations = "quotations.html";
    /// <summary>The validation report.</summary>
    public const string Report = "report.html";

    /// <summary>A theme's page.</summary>
    public static string Theme(Theme theme) => "themes/" + theme.Id + ".html";

    /// <summary>A participant's page, or null for an unknown ID.</summary>
    public string? Participant(string id) => participantFiles.TryGetValue(id, out var file) ? file : null;

    /// <summary>A quotation's anchor.</summary>
    public string Anchor(Quotation quotation) => quotationAnchors[quotation];

    /// <summary>Lower-case letters, digits and hyphens; anything else becomes a hyphen.</summary>
    public static string Slug(string id)
    {
        var builder = new StringBuilder();
        foreach (char c in id.ToLowerInvariant()) builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        string slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "p" : slug;
    }
}
