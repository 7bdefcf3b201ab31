using FindingsGen.Language.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FindingsGen.Language.Model;

namespace FindingsGen.Site;

/// <summary>
/// The thematic map as SVG, drawn by us: the study on the left, its themes, then their subthemes, laid out
/// deterministically (one row per subtheme) in black on white so it prints. Each box links to its place.
/// </summary>
public static class ThematicMap
{
    private const int Row = 44, BoxHeight = 34, Width = 960;
    private const int StudyX = 10, StudyWidth = 200, ThemeX = 280, ThemeWidth = 300, SubX = 650, SubWidth = 300;

    /// <summary>The map; <paramref name="root"/> prefixes links (the page's path to the site root), <paramref name="paths"/> says where each theme's page is.</summary>
    public static string Render(Study study, SitePaths paths, string root)
    {
        var rows = new List<(Theme Theme, Subtheme? Sub)>();
        foreach (var theme in study.Themes)
        {
            if (theme.Subthemes.Count == 0) rows.Add((theme, null));
            else rows.AddRange(theme.Subthemes.Select(s => (theme, (Subtheme?)s)));
        }
        int height = System.Math.Max(1, rows.Count) * Row + 20;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"thematic-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"group\" aria-labelledby=\"map-title\">"));
        svg.Append("<title id=\"map-title\">Thematic map: ").Append(Escape(study.Manifest.Title)).Append(", its themes and their subthemes</title>");

        double studyY = height / 2.0;
        int row = 0;
        foreach (var theme in study.Themes)
        {
            int count = System.Math.Max(1, theme.Subthemes.Count);
            double themeY = 10 + (row + count / 2.0) * Row;
            Line(svg, StudyX + StudyWidth, studyY, ThemeX, themeY);
            for (int i = 0; i < theme.Subthemes.Count; i++)
            {
                double subY = 10 + (row + i + 0.5) * Row;
                Line(svg, ThemeX + ThemeWidth, themeY, SubX, subY);
                Box(svg, SubX, subY, SubWidth, theme.Subthemes[i].Title, root + paths.Theme(theme) + "#" + theme.Subthemes[i].Id, "subtheme");
            }
            Box(svg, ThemeX, themeY, ThemeWidth, theme.Title, root + paths.Theme(theme), "theme");
            row += count;
        }
        Box(svg, StudyX, studyY, StudyWidth, study.Manifest.Title, null, "study");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2)
    {
        double mid = (x1 + x2) / 2;
        svg.Append(Invariant($"<path class=\"map-link\" d=\"M{x1:0.#},{y1:0.#} C{mid:0.#},{y1:0.#} {mid:0.#},{y2:0.#} {x2:0.#},{y2:0.#}\"/>"));
    }

    private static void Box(StringBuilder svg, double x, double y, int width, string title, string? href, string kind)
    {
        var lines = Wrap(title, width / 8);
        double boxHeight = System.Math.Max(BoxHeight, lines.Count * 15 + 10);
        if (href is not null) svg.Append("<a href=\"").Append(Escape(Html.SafeUrls.Filter(href))).Append("\">");
        svg.Append(Invariant($"<rect class=\"map-{kind}\" x=\"{x:0.#}\" y=\"{y - boxHeight / 2:0.#}\" width=\"{width}\" height=\"{boxHeight:0.#}\" rx=\"6\"/>"));
        double first = y - (lines.Count - 1) * 7.5 + 5;
        svg.Append(Invariant($"<text class=\"map-text\" x=\"{x + 10:0.#}\" y=\"{first:0.#}\">"));
        for (int i = 0; i < lines.Count; i++)
        {
            svg.Append(Invariant($"<tspan x=\"{x + 10:0.#}\" dy=\"{(i == 0 ? 0 : 15)}\">")).Append(Escape(lines[i])).Append("</tspan>");
        }
        svg.Append("</text>");
        if (href is not null) svg.Append("</a>");
    }

    /// <summary>Words wrapped to lines of at most <paramref name="max"/> characters (at most three lines).</summary>
    public static List<string> Wrap(string text, int max)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > max)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        if (current.Length > 0) lines.Add(current.ToString());
        if (lines.Count > 3) lines = lines.Take(2).Append(string.Join(" ", lines.Skip(2)).Substring(0, System.Math.Min(max - 1, string.Join(" ", lines.Skip(2)).Length)) + "\u2026").ToList();
        return lines;
    }

    private static string Escape(string s) => HtmlText.Escape(s);

    private static string Invariant(System.FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
