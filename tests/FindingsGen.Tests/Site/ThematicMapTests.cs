using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FindingsGen.Site;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// The thematic map's geometry, parsed back from its SVG: over many generated studies (1–30 themes, 0–12 subthemes each,
/// titles of 2–120 characters, long words without spaces, wide and CJK characters) no two boxes overlap, every line of
/// text lies inside its box by the font-metrics table, no text is lost, and the links run between the columns.
/// </summary>
public sealed class ThematicMapTests
{
    // The fonts' ascent and descent (DejaVu Sans: 0.928 and 0.236 em; Liberation Sans: 0.905 and 0.212).
    private const double Ascent = 0.93, Descent = 0.24;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private sealed record Box(double X, double Y, double W, double H, string Kind, List<(double X, double Baseline, string Text)> Lines)
    {
        public bool Overlaps(Box o) => X < o.X + o.W && o.X < X + W && Y < o.Y + o.H && o.Y < Y + H;
    }

    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    private static (List<Box> Boxes, List<(double X1, double Y1, double X2, double Y2)> Links, XElement Root) Parse(string svg)
    {
        var root = XElement.Parse(svg);
        var boxes = new List<Box>();
        foreach (var rect in root.Descendants(Svg + "rect"))
        {
            // Each rect is followed by its text.
            var text = rect.ElementsAfterSelf(Svg + "text").First();
            var lines = text.Elements(Svg + "tspan").Select(t => (D(t, "x"), D(t, "y"), t.Value)).ToList();
            boxes.Add(new Box(D(rect, "x"), D(rect, "y"), D(rect, "width"), D(rect, "height"), ((string)rect.Attribute("class")!)["map-".Length..], lines));
        }
        var links = root.Descendants(Svg + "path").Select(p =>
        {
            var n = ((string)p.Attribute("d")!).Split(new[] { 'M', 'C', ' ', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            return (n[0], n[1], n[6], n[7]);
        }).ToList();
        return (boxes, links, root);
    }

    private static void AssertGeometry(MapNode study)
    {
        string svg = ThematicMap.Render(study, standalone: false);
        var (boxes, links, root) = Parse(svg);
        // Drawn at 1:1: width and height in pixels equal the viewBox, so labels keep their 15 px.
        var viewBox = ((string)root.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(viewBox[2], D(root, "width"));
        Assert.Equal(viewBox[3], D(root, "height"));
        int expected = 1 + study.Children.Count + study.Children.Sum(t => t.Children.Count);
        Assert.Equal(expected, boxes.Count);
        foreach (var box in boxes)
        {
            Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.W <= viewBox[2] && box.Y + box.H <= viewBox[3], $"box {box} leaves the map");
            foreach (var (x, baseline, text) in box.Lines)
            {
                double width = MapFontMetrics.Measure(text, ThematicMap.FontSize);
                Assert.True(x >= box.X + 1 && x + width <= box.X + box.W - 1, $"«{text}» ({width:0.#} px) overflows its {box.W} px box");
                Assert.True(baseline - Ascent * ThematicMap.FontSize >= box.Y + 1 && baseline + Descent * ThematicMap.FontSize <= box.Y + box.H - 1, $"«{text}» leaves its box vertically");
            }
            for (int i = 1; i < box.Lines.Count; i++)
            {
                Assert.True(box.Lines[i].Baseline - box.Lines[i - 1].Baseline >= (Ascent + Descent) * ThematicMap.FontSize, "lines overlap");
            }
        }
        for (int i = 0; i < boxes.Count; i++)
        {
            for (int j = i + 1; j < boxes.Count; j++) Assert.False(boxes[i].Overlaps(boxes[j]), $"{boxes[i]} overlaps {boxes[j]}");
        }
        // Nothing of a title is lost: its lines hold all its characters, in order.
        var titles = new[] { study }.Concat(study.Children).Concat(study.Children.SelectMany(t => t.Children)).Select(n => Squeeze(n.Title)).OrderBy(t => t, StringComparer.Ordinal);
        Assert.Equal(titles, boxes.Select(b => Squeeze(string.Concat(b.Lines.Select(l => l.Text)))).OrderBy(t => t, StringComparer.Ordinal));
        // A link runs from a box's right edge to another's left edge, through the gap between their columns: a cubic
        // curve lies within its control points, all of which are in that gap, so it crosses no box.
        Assert.Equal(expected - 1, links.Count);
        foreach (var (x1, y1, x2, y2) in links)
        {
            Assert.Contains(boxes, b => Math.Abs(b.X + b.W - x1) < 0.01 && y1 > b.Y && y1 < b.Y + b.H);
            Assert.Contains(boxes, b => Math.Abs(b.X - x2) < 0.01 && y2 > b.Y && y2 < b.Y + b.H);
            Assert.All(boxes, b => Assert.True(b.X >= x2 - 0.01 || b.X + b.W <= x1 + 0.01, $"a link from x {x1} to {x2} crosses {b}"));
        }
    }

    private static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static readonly string[] Pieces =
    {
        "a", "care", "the", "WWWWWW", "mmmm", "iiiiil", "of", "Ærøskøbing", "—", "“quoted”", "…", "naïve", "Weltschmerz", "über", "100%", "Q&A",
        "持续的照护", "ليلة", "Ωμέγα", "(and)", "self-care", "we're", "W.M.", "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM",
    };

    /// <summary>A title of about <paramref name="length"/> characters (2–120), of words, sometimes one long word without spaces.</summary>
    private static string Title(Random random, int length)
    {
        if (random.Next(8) == 0)
        {
            var word = new StringBuilder();
            while (word.Length < length) word.Append(Pieces[random.Next(Pieces.Length)]);
            return word.ToString(0, length);
        }
        var title = new StringBuilder();
        while (title.Length < length)
        {
            if (title.Length > 0) title.Append(' ');
            title.Append(Pieces[random.Next(Pieces.Length)]);
        }
        string text = title.ToString(0, length).Trim();
        return text.Length == 0 ? "Wm" : text;
    }

    private static MapNode RandomStudy(Random random)
    {
        int Length() => random.Next(4) == 0 ? random.Next(90, 121) : random.Next(2, 121);
        var themes = Enumerable.Range(0, random.Next(1, 31)).Select(_ => new MapNode(Title(random, Length()), "themes/t.html",
            Enumerable.Range(0, random.Next(0, 13)).Select(_ => new MapNode(Title(random, Length()), "themes/t.html#s", Array.Empty<MapNode>())).ToList())).ToList();
        return new MapNode(Title(random, Length()), null, themes);
    }

    [Fact]
    public void Over_many_generated_studies_no_box_or_text_overlaps_and_no_link_crosses_a_box()
    {
        for (int seed = 0; seed < 300; seed++) AssertGeometry(RandomStudy(new Random(seed)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(1, 12)]
    [InlineData(30, 12)]
    public void Extremes_of_size_keep_the_geometry(int themes, int subthemes)
    {
        string longest = string.Concat(Enumerable.Repeat("Wm", 60));
        var study = new MapNode(longest, null, Enumerable.Range(0, themes).Select(t => new MapNode(longest,
            "t.html", Enumerable.Range(0, subthemes).Select(_ => new MapNode(longest, "t.html#s", Array.Empty<MapNode>())).ToList())).ToList());
        AssertGeometry(study);
    }

    [Fact]
    public void A_study_title_taller_than_its_themes_centres_them_and_still_wraps()
    {
        var study = new MapNode(string.Join(" ", Enumerable.Repeat("Wonderful", 30)), null, new[] { new MapNode("One", "t.html", Array.Empty<MapNode>()) });
        AssertGeometry(study);
        var (boxes, _, _) = Parse(ThematicMap.Render(study, standalone: false));
        Assert.True(boxes.Single(b => b.Kind == "study").Lines.Count > 5);
    }

    [Fact]
    public void Labels_are_wrapped_by_measured_width_not_by_counting_characters()
    {
        // Thirty "i" fit a line a third as wide as thirty "W" need: a character count would treat them alike.
        Assert.Single(ThematicMap.Wrap(string.Join(" ", Enumerable.Repeat("ii", 15)), 260, 15));
        Assert.True(ThematicMap.Wrap(string.Join(" ", Enumerable.Repeat("WW", 15)), 260, 15).Count >= 3);
        // A word wider than the line is broken, never left to overflow.
        var lines = ThematicMap.Wrap(new string('M', 80), 260, 15);
        Assert.All(lines, l => Assert.True(MapFontMetrics.Measure(l, 15) <= 260));
        Assert.Equal(new string('M', 80), string.Concat(lines));
    }

    [Fact]
    public void The_metrics_table_takes_the_widest_font_and_a_full_em_for_what_it_does_not_cover()
    {
        // "a" is 1255/2048 em in DejaVu Sans, 1382/2048 in its bold: the table keeps the bold's 675.
        Assert.Equal(675, MapFontMetrics.Width('a'));
        Assert.Equal(1000, MapFontMetrics.Width('\u2014')); // em dash
        Assert.Equal(MapFontMetrics.DefaultWidth, MapFontMetrics.Width('持'));
        Assert.Equal(MapFontMetrics.DefaultWidth, MapFontMetrics.Width('\u0007'));
    }

    [Fact]
    public void A_title_with_characters_xml_forbids_still_gives_a_standalone_svg_that_parses()
    {
        var study = new MapNode("Bad\u0001 title\uFFFF with \uD83D\uDE00 and a lone \uD800 half", null,
            new[] { new MapNode("Théme \u0007 <one> & \"two\"", "t.html", Array.Empty<MapNode>()) });
        var root = XDocument.Parse(ThematicMap.Render(study, standalone: true)).Root!;
        var texts = root.Descendants(Svg + "text").Select(t => string.Join(" ", t.Elements(Svg + "tspan").Select(s => s.Value))).ToList();
        Assert.Contains("Théme <one> & \"two\"", texts);
        Assert.Contains(texts, t => t.Contains("\uD83D\uDE00") && !t.Contains('\u0001'));
        // An emoji measures wider than an em: colour fonts draw it up to 1.275 em.
        Assert.Equal(1.3 * 15, MapFontMetrics.Measure("\uD83D\uDE00", 15), 3);
    }

    [Fact]
    public void The_standalone_svg_carries_its_styles_and_fonts_and_links_from_the_figures_folder()
    {
        using var study = StudyCommands.CopyOfExample();
        var outcome = SiteBuilds.Build(study.Path);
        var svg = System.IO.File.ReadAllText(System.IO.Path.Combine(outcome.OutputFolder!, "figures", "thematic-map.svg"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", svg);
        var root = XDocument.Parse(svg).Root!;
        Assert.Contains("font-family:system-ui, 'DejaVu Sans'", root.Element(Svg + "style")!.Value);
        Assert.Contains("font-size:15px", root.Element(Svg + "style")!.Value);
        Assert.All(root.Descendants(Svg + "a"), a => Assert.StartsWith("../themes/", (string)a.Attribute("href")!));
        Assert.DoesNotContain("var(--", svg);
    }
}
