using FindingsGen.Language.Text;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FindingsGen.Language.Model;

namespace FindingsGen.Site;

/// <summary>
/// The thematic map as SVG, drawn by us: the study on the left, its themes, then their subthemes, laid out
/// deterministically in three columns. It is drawn at 1:1 pixel scale (width and height equal the viewBox) so its
/// labels stay 15 px at any study size: a large study scrolls sideways in its region instead of shrinking. Labels are
/// wrapped by their measured width (<see cref="MapFontMetrics"/>), each box is as tall as its lines, each theme's band
/// as tall as the taller of the theme and its stacked subthemes, so no two boxes overlap and no text leaves its box.
/// </summary>
public static class ThematicMap
{
    /// <summary>The labels' size in pixels (the stylesheet and the standalone SVG say the same).</summary>
    public const double FontSize = 15;
    /// <summary>Distance between two lines of a label.</summary>
    public const double LineHeight = 20;
    /// <summary>Padding inside a box, around its text.</summary>
    public const double Padding = 10;
    /// <summary>Where a line's baseline sits below the top of its line box: room above for the fonts' ascent (at most 0.95 em here).</summary>
    private const double Baseline = 15;

    private const double Margin = 8, Gap = 56, StudyWidth = 200, ThemeWidth = 280, SubWidth = 300, BoxGap = 10, BandGap = 22;
    private const double StudyX = Margin, ThemeX = StudyX + StudyWidth + Gap, SubX = ThemeX + ThemeWidth + Gap;
    /// <summary>The map's width in pixels.</summary>
    public const double Width = SubX + SubWidth + Margin;

    /// <summary>The study as a tree of boxes; links are prefixed with <paramref name="root"/> (the page's path to the site root).</summary>
    public static MapNode Tree(Study study, SitePaths paths, string root) =>
        new(study.Manifest.Title, null, study.Themes.Select(theme => new MapNode(theme.Title, root + paths.Theme(theme),
            theme.Subthemes.Select(s => new MapNode(s.Title, root + paths.Theme(theme) + "#" + s.Id, Array.Empty<MapNode>())).ToList())).ToList());

    /// <summary>The map for a page; <paramref name="root"/> prefixes links, <paramref name="paths"/> says where each theme's page is.</summary>
    public static string Render(Study study, SitePaths paths, string root) => Render(Tree(study, paths, root), standalone: false);

    /// <summary>
    /// The map as a file of its own (<c>figures/thematic-map.svg</c>): an XML document whose styles are inlined, with the
    /// fonts it was measured for named, so it renders alone (in an editor, a manuscript, a slide) as it does in the site.
    /// </summary>
    public static string Standalone(Study study, SitePaths paths) => Render(Tree(study, paths, "../"), standalone: true);

    /// <summary>The font stack the map is measured for.</summary>
    public const string Fonts = "system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, 'Noto Sans', sans-serif";

    /// <summary>The SVG of a tree (study, themes, subthemes).</summary>
    public static string Render(MapNode study, bool standalone)
    {
        // Themes' bands, top to bottom: each as tall as the taller of its theme box and its stacked subtheme boxes.
        var bands = new List<(MapNode Theme, List<string> Lines, double Height, List<(MapNode Sub, List<string> Lines)> Subs, double Top, double Band)>();
        double y = Margin;
        foreach (var theme in study.Children)
        {
            var lines = Wrap(theme.Title, ThemeWidth - 2 * Padding, FontSize);
            var subs = theme.Children.Select(s => (s, Wrap(s.Title, SubWidth - 2 * Padding, FontSize))).ToList();
            double subsHeight = subs.Sum(s => BoxHeight(s.Item2.Count)) + BoxGap * Math.Max(0, subs.Count - 1);
            double band = Math.Max(BoxHeight(lines.Count), subsHeight);
            bands.Add((theme, lines, BoxHeight(lines.Count), subs, y, band));
            y += band + BandGap;
        }
        var studyLines = Wrap(study.Title, StudyWidth - 2 * Padding, FontSize);
        double studyHeight = BoxHeight(studyLines.Count);
        double contentHeight = bands.Count == 0 ? 0 : y - BandGap - Margin;
        // A study box taller than every band together moves the bands down to be centred on it.
        double shift = Math.Max(0, (studyHeight - contentHeight) / 2);
        double height = Math.Ceiling(Math.Max(contentHeight, studyHeight) + 2 * Margin);
        double studyY = Margin + (Math.Max(contentHeight, studyHeight) - studyHeight) / 2;

        var svg = new StringBuilder();
        if (standalone) svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append(Invariant($"<svg class=\"thematic-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width:0.#}\" height=\"{height:0.#}\" viewBox=\"0 0 {Width:0.#} {height:0.#}\" role=\"group\" aria-labelledby=\"map-title\">"));
        svg.Append("<title id=\"map-title\">Thematic map: ").Append(Escape(study.Title)).Append(", its themes and their subthemes</title>");
        if (standalone)
        {
            // The site's colours (light theme) and fonts, inlined: the file has no stylesheet to lean on.
            svg.Append("<style>.map-link{fill:none;stroke:#6b6b6b;stroke-width:1.5}.map-study{fill:#1b1b1b}.map-theme{fill:#e8eef5;stroke:#1f4e79;stroke-width:1.5}")
               .Append(".map-subtheme{fill:#ffffff;stroke:#1f4e79;stroke-width:1}.map-text{font-family:").Append(Fonts).Append(";font-size:15px;fill:#1b1b1b}")
               .Append(".map-text-study{fill:#ffffff;font-weight:700}</style>");
            svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        }
        foreach (var band in bands)
        {
            double top = band.Top + shift;
            double themeTop = top + (band.Band - band.Height) / 2;
            Link(svg, StudyX + StudyWidth, studyY + studyHeight / 2, ThemeX, themeTop + band.Height / 2);
            double subsHeight = band.Subs.Sum(s => BoxHeight(s.Lines.Count)) + BoxGap * Math.Max(0, band.Subs.Count - 1);
            double subTop = top + (band.Band - subsHeight) / 2;
            foreach (var (sub, lines) in band.Subs)
            {
                double h = BoxHeight(lines.Count);
                Link(svg, ThemeX + ThemeWidth, themeTop + band.Height / 2, SubX, subTop + h / 2);
                Box(svg, SubX, subTop, SubWidth, h, lines, sub.Href, "subtheme");
                subTop += h + BoxGap;
            }
            Box(svg, ThemeX, themeTop, ThemeWidth, band.Height, band.Lines, band.Theme.Href, "theme");
        }
        Box(svg, StudyX, studyY, StudyWidth, studyHeight, studyLines, study.Href, "study");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A box's height for a label of <paramref name="lines"/> lines.</summary>
    public static double BoxHeight(int lines) => Math.Max(1, lines) * LineHeight + 2 * Padding;

    private static void Link(StringBuilder svg, double x1, double y1, double x2, double y2)
    {
        double mid = (x1 + x2) / 2;
        svg.Append(Invariant($"<path class=\"map-link\" d=\"M{x1:0.##},{y1:0.##} C{mid:0.##},{y1:0.##} {mid:0.##},{y2:0.##} {x2:0.##},{y2:0.##}\"/>"));
    }

    private static void Box(StringBuilder svg, double x, double top, double width, double height, List<string> lines, string? href, string kind)
    {
        if (href is not null) svg.Append("<a href=\"").Append(Escape(Html.SafeUrls.Filter(href))).Append("\">");
        svg.Append(Invariant($"<rect class=\"map-{kind}\" x=\"{x:0.##}\" y=\"{top:0.##}\" width=\"{width:0.##}\" height=\"{height:0.##}\" rx=\"6\"/>"));
        svg.Append(Invariant($"<text class=\"map-text{(kind == "study" ? " map-text-study" : "")}\">"));
        for (int i = 0; i < lines.Count; i++)
        {
            double baseline = top + Padding + i * LineHeight + Baseline;
            svg.Append(Invariant($"<tspan x=\"{x + Padding:0.##}\" y=\"{baseline:0.##}\">")).Append(Escape(lines[i])).Append("</tspan>");
        }
        svg.Append("</text>");
        if (href is not null) svg.Append("</a>");
    }

    /// <summary>
    /// <paramref name="text"/> in lines no wider than <paramref name="width"/> pixels at <paramref name="fontSize"/>, by the
    /// font-metrics table: words move to the next line whole; a word wider than a line is broken between characters.
    /// Nothing is cut off: a long title makes a taller box.
    /// </summary>
    public static List<string> Wrap(string text, double width, double fontSize)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        double space = MapFontMetrics.Measure(" ", fontSize);
        double used = 0;
        foreach (var word in XmlSafe(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            double w = MapFontMetrics.Measure(word, fontSize);
            if (current.Length > 0 && used + space + w <= width)
            {
                current.Append(' ').Append(word);
                used += space + w;
                continue;
            }
            if (current.Length > 0) { lines.Add(current.ToString()); current.Clear(); used = 0; }
            if (w <= width) { current.Append(word); used = w; continue; }
            // A word wider than the line: as many characters (whole surrogate pairs) as fit, then the rest.
            for (int i = 0; i < word.Length;)
            {
                int n = char.IsHighSurrogate(word[i]) && i + 1 < word.Length ? 2 : 1;
                double cw = MapFontMetrics.Measure(word.Substring(i, n), fontSize);
                if (current.Length > 0 && used + cw > width) { lines.Add(current.ToString()); current.Clear(); used = 0; }
                current.Append(word, i, n);
                used += cw;
                i += n;
            }
        }
        if (current.Length > 0) lines.Add(current.ToString());
        if (lines.Count == 0) lines.Add("");
        return lines;
    }

    /// <summary>
    /// Escaped for the SVG, without the characters XML forbids (C0 controls but tab and line feed, lone surrogates,
    /// U+FFFE and U+FFFF): the standalone file must parse as XML, and a draft may publish a title holding them.
    /// </summary>
    private static string Escape(string s) => HtmlText.Escape(XmlSafe(s));

    private static string XmlSafe(string s)
    {
        var kept = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { kept.Append(c).Append(s[i + 1]); i++; continue; }
            if ((c < ' ' && c != '\t' && c != '\n') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') continue;
            kept.Append(c);
        }
        return kept.ToString();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
