using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Site.Citation;

/// <summary>
/// How the findings are cited, from the manifest's <c>publication:</c>: the findings themselves as a data set with its
/// version, authors, date and the site's address, with the article they accompany named as related. Deterministic: the
/// date is the publication year, else the build's date (SOURCE_DATE_EPOCH), else "n.d."; never the clock.
/// </summary>
public sealed class CitationText
{
    /// <summary>APA 7 names every author up to this many; past it, the first 19, an ellipsis and the last.</summary>
    public const int ApaMaxAuthors = 20;

    private CitationText(string title, Publication publication, IReadOnlyList<CitationName> authors, string? year, string? siteUrl, string? builtOn)
    {
        Title = title;
        Publication = publication;
        Authors = authors;
        Year = year;
        SiteUrl = siteUrl;
        BuiltOn = builtOn;
    }

    /// <summary>The findings' title (the study's).</summary>
    public string Title { get; }
    /// <summary>The publication metadata as read.</summary>
    public Publication Publication { get; }
    /// <summary>The authors, split for citation.</summary>
    public IReadOnlyList<CitationName> Authors { get; }
    /// <summary>The citation's year: the publication's, else the build's; null when neither is known ("n.d.").</summary>
    public string? Year { get; }
    /// <summary>The site's address (<c>site.url</c>), or null.</summary>
    public string? SiteUrl { get; }
    /// <summary>The build's date (yyyy-MM-dd, from SOURCE_DATE_EPOCH), or null.</summary>
    public string? BuiltOn { get; }

    /// <summary>The citation of the study, or null when its manifest has no <c>publication:</c>.</summary>
    public static CitationText? For(StudyManifest manifest, string? builtOn)
    {
        if (manifest.Publication is not { } publication) return null;
        string? year = publication.Year?.ToString(CultureInfo.InvariantCulture) ?? (builtOn is { Length: >= 4 } ? builtOn.Substring(0, 4) : null);
        return new CitationText(manifest.Title, publication, publication.Authors.Select(a => CitationName.Of(a.Name)).ToList(), year, manifest.Site.Url, builtOn);
    }

    /// <summary>One line of text: line breaks and runs of spaces become one space.</summary>
    internal static string Line(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The article, as the citation names it: "Title. Journal (Year). https://doi.org/…" with what is known.</summary>
    public string? Article
    {
        get
        {
            var parts = new List<string>();
            if (Publication.Title is { } title) parts.Add(EndSentence(Line(title)));
            if (Publication.Journal is { } journal) parts.Add(EndSentence(Line(journal) + (Publication.Year is { } y ? $" ({y.ToString(CultureInfo.InvariantCulture)})" : "")));
            if (Publication.ArticleUrl is { } url) parts.Add(url);
            return parts.Count == 0 ? null : string.Join(" ", parts);
        }
    }

    private static string EndSentence(string text) => text.Length > 0 && ".?!".IndexOf(text[text.Length - 1]) >= 0 ? text : text + ".";

    /// <summary>APA 7's author list: 1, "A, &amp; B", up to 20 with "&amp;" before the last, 21 or more as the first 19, ". . ." and the last.</summary>
    public static string ApaAuthors(IReadOnlyList<CitationName> authors)
    {
        var names = authors.Select(a => a.Apa).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            2 => names[0] + ", & " + names[1],
            <= ApaMaxAuthors => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[names.Count - 1],
            _ => string.Join(", ", names.Take(ApaMaxAuthors - 1)) + ", . . . " + names[names.Count - 1],
        };
    }

    /// <summary>The APA 7 reference as plain text.</summary>
    public string Apa => ApaWith(t => t);

    /// <summary>The APA 7 reference as HTML, the title in italics (every part escaped).</summary>
    public string ApaHtml => ApaWith(t => "<i>" + HtmlText.Escape(t) + "</i>", HtmlText.Escape);

    private string ApaWith(Func<string, string> italic, Func<string, string>? escape = null)
    {
        escape ??= t => t;
        string date = "(" + (Year ?? "n.d.") + ").";
        string title = italic(Line(Title)) + escape((Publication.Version is { } v ? $" (Version {Line(v)})" : "") + " [Data set].");
        string url = SiteUrl is null ? "" : " " + escape(SiteUrl);
        // Without authors, APA moves the title to the author's place and the date after it.
        if (Authors.Count == 0) return title + " " + escape(date) + url;
        string authors = ApaAuthors(Authors);
        return escape(EndSentence(authors) + " " + date + " ") + title + url;
    }

    /// <summary>The BibTeX entry (<c>@misc</c>, which every style knows), every value TeX-escaped.</summary>
    public string BibTeX
    {
        get
        {
            var fields = new List<(string Name, string Value)>();
            if (Authors.Count > 0) fields.Add(("author", string.Join(" and ", Authors.Select(a => a.IsSplit ? TeX(a.Family!) + ", " + TeX(a.Given!) : "{" + TeX(a.Written) + "}"))));
            fields.Add(("title", "{" + TeX(Line(Title)) + "}")); // double braces keep the title's capitals
            fields.Add(("year", Year is null ? "n.d." : Year));
            if (Publication.Version is { } version) fields.Add(("version", TeX(Line(version))));
            fields.Add(("howpublished", "Findings website and data set"));
            // The site's address was checked to be an absolute http(s) URL: no space, brace or backslash can be in it.
            if (SiteUrl is not null) fields.Add(("url", SiteUrl));
            if (Publication.License is { } license) fields.Add(("note", "Licence: " + TeX(license) + (Article is { } a ? ". Companion to: " + TeX(a) : "")));
            else if (Article is { } article) fields.Add(("note", "Companion to: " + TeX(article)));
            var entry = new StringBuilder("@misc{").Append(Key).Append(",\n");
            foreach (var (name, value) in fields) entry.Append("  ").Append(name.PadRight(12)).Append(" = {").Append(value).Append("},\n");
            return entry.Append("}").ToString();
        }
    }

    /// <summary>The entry's key: the first author's family name, the year and the title's first word, in ASCII ("halvorsen2026between").</summary>
    public string Key
    {
        get
        {
            string who = Authors.Count > 0 ? Authors[0].KeyPart : "";
            // The title's first word of more than three letters ("between", not "the"), else its first word.
            string first = Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new CitationName(w, null, null).KeyPart)
                .Where(l => l.Length > 0).OrderBy(l => l.Length > 3 ? 0 : 1).FirstOrDefault() ?? "";
            string key = (who.Length > 0 ? who : "findings") + (Year ?? "nd") + first;
            return key.Length > 60 ? key.Substring(0, 60) : key;
        }
    }

    /// <summary>Text made safe inside a BibTeX value: TeX's special characters escaped, braces balanced by escaping them all, one line.</summary>
    public static string TeX(string text)
    {
        var escaped = new StringBuilder();
        foreach (char c in Line(text))
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '@' => "{@}", // harmless in a value, but keeps a stray "@" from ever reading as an entry to a lax parser
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
