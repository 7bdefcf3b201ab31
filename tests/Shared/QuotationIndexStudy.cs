using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FindingsGen.Testing;

/// <summary>
/// A deterministic study for the quotation index at scale (issue 16): themes of several subthemes each, participants
/// P001…, and quotations of 8–30 pseudo-words, each one turn of its participant's transcript, so that every quotation
/// traces verbatim. Shared by the browser tests and the browser benchmark (bench/quotation-index.sh).
/// </summary>
public static class QuotationIndexStudy
{
    /// <summary>A word only every <see cref="MarkerEvery"/>th quotation holds (the pseudo-words never have a consonant cluster, so never this).</summary>
    public const string Marker = "lantern";

    /// <summary>Quotation i holds <see cref="Marker"/> when i is a multiple of this.</summary>
    public const int MarkerEvery = 97;

    private static readonly string[] ThemeTitles =
    {
        "Carrying the session afterwards", "Holding the frame", "Working with what the body knows", "Supervision as shelter",
        "The cost of staying", "Endings that do not end", "Learning from the room", "Being enough",
    };

    private static readonly string[] SubthemeTitles =
    {
        "The drive home", "Rituals of closing", "When the door does not shut", "Talking it through",
        "What colleagues notice", "Sleep and its absence", "Small refusals", "Permission to rest",
    };

    /// <summary>A theme's ID (t1, t2…).</summary>
    public static string ThemeId(int theme) => "t" + (theme + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A subtheme's ID (t1-s1, t1-s2…).</summary>
    public static string SubthemeId(int theme, int subtheme) => ThemeId(theme) + "-s" + (subtheme + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A theme's title, unique in the study.</summary>
    public static string ThemeTitle(int theme) => ThemeTitles[theme % ThemeTitles.Length] + (theme >= ThemeTitles.Length ? " " + (theme + 1).ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A subtheme's title.</summary>
    public static string SubthemeTitle(int theme, int subtheme) => SubthemeTitles[(theme + subtheme) % SubthemeTitles.Length];

    /// <summary>A participant's ID (P001…).</summary>
    public static string Participant(int index) => "P" + (index + 1).ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Which participant said quotation <paramref name="quotation"/>.</summary>
    public static int ParticipantOf(int quotation, int participants) => (int)((quotation * 7919L) % participants);

    /// <summary>Which (theme, subtheme) quotation <paramref name="quotation"/> is in: the quotations are dealt in blocks, in order.</summary>
    public static (int Theme, int Subtheme) PlaceOf(int quotation, int quotations, int themes, int subthemesPerTheme)
    {
        int groups = themes * subthemesPerTheme;
        int group = (int)((long)quotation * groups / quotations);
        return (group / subthemesPerTheme, group % subthemesPerTheme);
    }

    /// <summary>Writes the study (findings.yml, one page per theme, transcripts/) into <paramref name="folder"/>.</summary>
    public static void Write(string folder, int quotations = 20000, int participants = 100, int themes = 5, int subthemesPerTheme = 4)
    {
        var random = new Random(20261206);
        var vocabulary = Vocabulary(random, 3000);
        var transcripts = new StringBuilder[participants];
        for (int p = 0; p < participants; p++) transcripts[p] = new StringBuilder();
        var pages = new StringBuilder[themes];
        for (int t = 0; t < themes; t++) pages[t] = new StringBuilder();
        int lastGroup = -1;
        for (int q = 0; q < quotations; q++)
        {
            var (theme, subtheme) = PlaceOf(q, quotations, themes, subthemesPerTheme);
            int group = theme * subthemesPerTheme + subtheme;
            var page = pages[theme];
            if (group != lastGroup)
            {
                if (subtheme == 0) page.Append("# ").Append(ThemeTitle(theme)).Append(" {#").Append(ThemeId(theme)).Append(" .theme}\n\n");
                page.Append("## ").Append(SubthemeTitle(theme, subtheme)).Append(" {#").Append(SubthemeId(theme, subtheme)).Append(" .subtheme}\n\n");
                lastGroup = group;
            }
            int n = random.Next(8, 31);
            var words = new string[n];
            for (int w = 0; w < n; w++) words[w] = vocabulary[(int)(Math.Pow(random.NextDouble(), 3) * vocabulary.Length)];
            if (q % MarkerEvery == 0) words[random.Next(n)] = Marker;
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0].Substring(1);
            string text = string.Join(" ", words) + ".";
            int speaker = ParticipantOf(q, participants);
            transcripts[speaker].Append("I: And then what happened?\n").Append(Participant(speaker)).Append(": ").Append(text).Append('\n');
            page.Append("::: {.quote from=").Append(Participant(speaker)).Append("}\n").Append(text).Append("\n:::\n\n");
        }

        Directory.CreateDirectory(Path.Combine(folder, "transcripts"));
        var manifest = new StringBuilder("title: Quotation index at scale\nlanguage: en\nparticipants:\n");
        for (int p = 0; p < participants; p++) manifest.Append("  ").Append(Participant(p)).Append(": {}\n");
        manifest.Append("transcripts:\n  path: transcripts/{id}.txt\n  interviewer: [I]\nrules: { FG0008: none }\npages: [");
        manifest.Append(string.Join(", ", Enumerable.Range(0, themes).Select(t => ThemeId(t) + ".md"))).Append("]\n");
        File.WriteAllText(Path.Combine(folder, "findings.yml"), manifest.ToString());
        for (int t = 0; t < themes; t++) File.WriteAllText(Path.Combine(folder, ThemeId(t) + ".md"), pages[t].ToString());
        for (int p = 0; p < participants; p++) File.WriteAllText(Path.Combine(folder, "transcripts", Participant(p) + ".txt"), transcripts[p].ToString());
    }

    private static string[] Vocabulary(Random random, int size)
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < size)
        {
            var builder = new StringBuilder();
            int syllables = random.Next(1, 4);
            for (int s = 0; s < syllables; s++) builder.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
            words.Add(builder.ToString());
        }
        return words.ToArray();
    }
}
