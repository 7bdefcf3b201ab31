using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FindingsGen.Tests;

/// <summary>
/// A generated study for the figures: participants P001… with attributes (setting, years), themes and subthemes with the
/// given titles, and quotations spread over participants and subtheme, each in its participant's transcript, so the
/// study checks clean.
/// </summary>
internal static class FigureStudy
{
    internal static string Id(int i) => "P" + (i + 1).ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Writes the study; <paramref name="themes"/> are (title, subtheme titles); participant p is quoted in subtheme s when <paramref name="quoted"/> says so.</summary>
    internal static TempStudy Write(int participants, IReadOnlyList<(string Title, IReadOnlyList<string> Subthemes)> themes, Func<int, int, bool> quoted, string title = "A generated study")
    {
        var temp = new TempStudy();
        string[] settings = { "hospital", "schools", "community team", "hospice" };
        var manifest = new StringBuilder($"title: \"{title}\"\nparticipants:\n");
        for (int p = 0; p < participants; p++)
        {
            manifest.Append($"  {Id(p)}: {{ setting: {settings[p % settings.Length]}, years: \"{(p * 7 % 23) + 1}\" }}\n");
        }
        manifest.Append("transcripts:\n  path: transcripts/{id}.*\n  interviewer: [I]\npages: [results.md]\nrules: { FG0008: none }\n");
        temp.Write("findings.yml", manifest.ToString());
        var transcripts = Enumerable.Range(0, participants).Select(_ => new StringBuilder("I: Tell me about your work.\n")).ToList();
        var page = new StringBuilder();
        int sub = 0;
        for (int t = 0; t < themes.Count; t++)
        {
            page.Append($"# {themes[t].Title} {{#theme-{t + 1} .theme}}\n\nAbout this theme.\n\n");
            for (int s = 0; s < themes[t].Subthemes.Count; s++, sub++)
            {
                page.Append($"## {themes[t].Subthemes[s]} {{#sub-{t + 1}-{s + 1} .subtheme}}\n\n");
                for (int p = 0; p < participants; p++)
                {
                    if (!quoted(p, sub)) continue;
                    string words = $"the work in part {sub + 1} stays with participant {p + 1} for days";
                    transcripts[p].Append($"{Id(p)}: I would say {words}, honestly.\n");
                    page.Append($"[\"{words}\"]{{.quote from={Id(p)}}}\n\n");
                }
            }
        }
        temp.Write("results.md", page.ToString());
        for (int p = 0; p < participants; p++) temp.Write(Path.Combine("transcripts", Id(p) + ".txt"), transcripts[p].ToString());
        return temp;
    }
}
