using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language.Manifest;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FindingsGen.Site.Citation;

/// <summary>
/// <c>CITATION.cff</c> (Citation File Format 1.2.0), written beside the site: the findings as a data set, the article
/// they accompany under <c>references</c>. YamlDotNet's emitter writes it (no reflection, so it works in the native
/// tool), every string double-quoted: a version "1.10", a date or "yes" is read back as the text it was, by any YAML reader.
/// </summary>
public static class CitationFile
{
    /// <summary>The DOI pattern of the Citation File Format 1.2.0 schema (<c>definitions.doi</c>).</summary>
    private static readonly System.Text.RegularExpressions.Regex CffDoi =
        new(@"^10\.\d{4,9}(\.\d+)?/[A-Za-z0-9:/_;\-.()\[\]\\]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The file's name.</summary>
    public const string FileName = "CITATION.cff";

    /// <summary>
    /// The file, or null when it cannot be a valid one: CFF requires at least one author, and a study without any (in
    /// <c>publication.authors</c> or the top-level <c>authors:</c>) has none to give.
    /// </summary>
    public static byte[]? Write(CitationText citation)
    {
        var publication = citation.Publication;
        if (citation.Authors.Count == 0) return null;
        var authors = publication.Authors.Select((a, i) => Person(citation.Authors[i], a)).ToList();
        var cff = new Dictionary<string, object>
        {
            ["cff-version"] = "1.2.0",
            ["message"] = "If you use these findings, please cite them as below.",
            ["type"] = "dataset",
            ["title"] = CitationText.Line(citation.Title),
            ["authors"] = authors,
        };
        if (publication.Version is { } version) cff["version"] = version;
        if (citation.BuiltOn is { } date) cff["date-released"] = date;
        if (License(publication.License) is { } license) cff["license"] = license;
        if (citation.SiteUrl is { } url) cff["url"] = url;
        // A reference needs a title; the article's, or none is written.
        if (publication.Title is { } title)
        {
            var article = new Dictionary<string, object> { ["type"] = "article", ["title"] = CitationText.Line(title), ["authors"] = authors };
            // CFF 1.2.0 allows only these characters in a DOI (its schema's pattern); a DOI it cannot hold (an old SICI
            // DOI with "<" or ">") is left out, its url kept, rather than write a file the format refuses.
            if (publication.Doi is { } doi && CffDoi.IsMatch(doi)) article["doi"] = doi;
            if (publication.Url is { } articleUrl) article["url"] = articleUrl;
            if (publication.Journal is { } journal) article["journal"] = CitationText.Line(journal);
            if (publication.Year is { } year) article["year"] = year;
            cff["references"] = new List<object> { article };
        }
        var text = new System.IO.StringWriter { NewLine = "\n" };
        text.Write("# The findings' citation, written by FindingsGen from findings.yml (publication:).\n");
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        Emit(emitter, cff);
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return new UTF8Encoding(false).GetBytes(text.ToString().Replace("\r\n", "\n"));
    }

    private static void Emit(IEmitter emitter, object value)
    {
        switch (value)
        {
            case Dictionary<string, object> map:
                emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
                foreach (var entry in map)
                {
                    emitter.Emit(new Scalar(null, null, entry.Key, ScalarStyle.Plain, true, false));
                    Emit(emitter, entry.Value);
                }
                emitter.Emit(new MappingEnd());
                break;
            case List<object> list:
                emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
                foreach (var item in list) Emit(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            case List<Dictionary<string, object>> maps:
                Emit(emitter, maps.Cast<object>().ToList());
                break;
            case List<string> strings:
                Emit(emitter, strings.Cast<object>().ToList());
                break;
            case int number:
                emitter.Emit(new Scalar(null, null, number.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain, true, false));
                break;
            default:
                emitter.Emit(new Scalar(null, null, value.ToString() ?? "", ScalarStyle.DoubleQuoted, true, true));
                break;
        }
    }

    private static Dictionary<string, object> Person(CitationName name, PublicationAuthor author)
    {
        // A name that could not be split is written as CFF's "name" (an entity), not guessed into family and given names.
        var person = name.IsSplit
            ? new Dictionary<string, object> { ["family-names"] = name.Family!, ["given-names"] = name.Given! }
            : new Dictionary<string, object> { ["name"] = name.Written };
        if (author.OrcidUrl is { } orcid) person["orcid"] = orcid;
        if (author.Affiliation is { } affiliation) person["affiliation"] = CitationText.Line(affiliation);
        return person;
    }

    /// <summary>
    /// CFF's <c>license</c>: one SPDX identifier, or a list meaning any of them (an OR expression). An AND expression
    /// and a LicenseRef have no CFF form: the key is left out rather than misstated.
    /// </summary>
    private static object? License(string? license)
    {
        if (license is null || license.StartsWith("LicenseRef-", System.StringComparison.Ordinal) || license.Contains(" AND ")) return null;
        var ids = license.Split(new[] { " OR " }, System.StringSplitOptions.None);
        if (ids.Any(id => id.StartsWith("LicenseRef-", System.StringComparison.Ordinal))) return null;
        return ids.Length == 1 ? ids[0] : ids.ToList();
    }
}
