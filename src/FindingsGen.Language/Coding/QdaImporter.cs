using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FindingsGen.Language.Text;

namespace FindingsGen.Language.Coding;

/// <summary>
/// Drafts a study from a QDA project (texts only; the host writes them): cases become participants with their variables
/// as attributes, text sources their transcripts, a level of codes themes and subthemes (each heading naming its code in
/// <c>code=</c>), and each coded selection a quotation under its subtheme, from the case its source belongs to.
/// </summary>
public static class QdaImporter
{
    /// <summary>The name of the drafted results page.</summary>
    public const string ResultsPage = "results.md";

    /// <summary>
    /// Drafts the study. <paramref name="themesFrom"/> is null or "top" (the top-level codes are themes) or a code's
    /// name or GUID (its children are). <paramref name="codingPath"/> is the project's path as <c>coding:</c> should name
    /// it (relative to the study); <paramref name="projectFile"/> its file name, for comments.
    /// </summary>
    public static ImportDraft Draft(QdaProject project, string? themesFrom, string codingPath, string projectFile)
    {
        var notes = new List<string>();
        if (project.IsCodebook)
            return new ImportDraft(Array.Empty<KeyValuePair<string, string>>(), notes,
                $"'{projectFile}' is a codebook alone (no cases, sources or coding): import the project exported as .qdpx", 0, 0, 0, 0);
        var roots = Roots(project, themesFrom, out string? problem);
        if (roots is null) return new ImportDraft(Array.Empty<KeyValuePair<string, string>>(), notes, problem, 0, 0, 0, 0);

        var people = Participants(project, notes);
        var sections = Sections(project, roots, notes);
        int quotations = Quotations(project, people, sections, notes);

        // Codes with no coded selection would be subthemes with no quotation (FG0008): left out, and said so.
        var kept = new List<ThemeDraft>();
        int emptyCodes = 0;
        foreach (var theme in sections.Themes)
        {
            int before = theme.Subthemes.Count;
            theme.Subthemes.RemoveAll(s => s.Quotations.Count == 0);
            emptyCodes += before - theme.Subthemes.Count;
            if (theme.Subthemes.Count > 0) kept.Add(theme);
            else emptyCodes += theme.Quotations.Count == 0 ? 1 : 0;
            if (theme.Subthemes.Count == 0 && theme.Quotations.Count > 0)
                notes.Add($"code '{theme.Name}' has selections coded under it but no subcode with any: its {theme.Quotations.Count} quotation(s) were left out (import it with a subcode, or move them under one)");
        }
        if (emptyCodes > 0) notes.Add($"{emptyCodes} code(s) with no coded selection were left out (a subtheme needs a quotation)");

        var files = new List<KeyValuePair<string, string>>
        {
            new("findings.yml", Manifest(project, people, codingPath, projectFile)),
            new(ResultsPage, Results(kept, projectFile)),
        };
        foreach (var person in people.Where(p => p.Texts.Count > 0))
            files.Add(new("transcripts/" + person.Id + person.Extension, string.Join("\n\n", person.Texts.Select(t => t.TrimEnd('\r', '\n'))) + "\n"));
        return new ImportDraft(files, notes, null, people.Count, kept.Count, kept.Sum(t => t.Subthemes.Count), kept.Sum(t => t.Quotations.Count + t.Subthemes.Sum(s => s.Quotations.Count)));
    }

    private sealed class Person
    {
        public Person(string id, IReadOnlyDictionary<string, string> attributes)
        {
            Id = id;
            Attributes = attributes;
        }

        public string Id { get; }
        public IReadOnlyDictionary<string, string> Attributes { get; }
        public List<string> Texts { get; } = new();
        public List<string> SourceGuids { get; } = new();
        /// <summary>
        /// The transcript's extension: the source's own when it names a plain-text layout FindingsGen reads (a WebVTT
        /// or SubRip export keeps its cues and voice tags), else .txt.
        /// </summary>
        public string Extension { get; set; } = ".txt";
    }

    private sealed class SubthemeDraft
    {
        public SubthemeDraft(string id, string name, string codes)
        {
            Id = id;
            Name = name;
            Codes = codes;
        }

        public string Id { get; }
        public string Name { get; }
        public string Codes { get; }
        public List<(string Participant, string Text)> Quotations { get; } = new();
    }

    private sealed class ThemeDraft : IEquatable<ThemeDraft>
    {
        public ThemeDraft(string id, string name, string? codes)
        {
            Id = id;
            Name = name;
            Codes = codes;
        }

        public string Id { get; }
        public string Name { get; }
        public string? Codes { get; }
        public List<SubthemeDraft> Subthemes { get; } = new();
        public List<(string Participant, string Text)> Quotations { get; } = new();
        public bool Equals(ThemeDraft? other) => ReferenceEquals(this, other);
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);
        public override int GetHashCode() => Id.GetHashCode();
    }

    private sealed class SectionMap
    {
        public List<ThemeDraft> Themes { get; } = new();
        /// <summary>Code GUID (normalised) → where its selections go: a subtheme, or a theme's own quotations.</summary>
        public Dictionary<string, (ThemeDraft Theme, SubthemeDraft? Subtheme)> ByCode { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The codes that become themes, or null with <paramref name="problem"/> saying why.</summary>
    private static IReadOnlyList<QdaCode>? Roots(QdaProject project, string? themesFrom, out string? problem)
    {
        problem = null;
        if (themesFrom is null || themesFrom == "top") return project.Codes;
        var all = All(project.Codes).ToList();
        string key = Guid(themesFrom);
        var found = all.FirstOrDefault(c => Guid(c.Guid) == key)
            ?? all.FirstOrDefault(c => c.Name == themesFrom)
            ?? all.FirstOrDefault(c => string.Equals(c.Name, themesFrom, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            string? near = Suggestion.Nearest(themesFrom, all.Select(c => c.Name).Distinct().ToList());
            problem = $"the project has no code '{themesFrom}'" + (near is null ? "" : $"; did you mean '{near}'?") + " (--themes-from takes a code's name or GUID, or top)";
            return null;
        }
        if (found.Children.Count == 0)
        {
            problem = $"code '{found.Name}' has no subcodes to make themes of; name the code above it, or top";
            return null;
        }
        return found.Children;
    }

    private static IEnumerable<QdaCode> All(IEnumerable<QdaCode> codes)
    {
        foreach (var code in codes)
        {
            yield return code;
            foreach (var child in All(code.Children)) yield return child;
        }
    }

    /// <summary>A GUID compared as REFI-QDA means it: ignoring case (MAXQDA writes upper case) and braces.</summary>
    private static string Guid(string guid) => guid.Trim().Trim('{', '}').ToLowerInvariant();

    private static List<Person> Participants(QdaProject project, List<string> notes)
    {
        var people = new List<Person>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var owner = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var @case in project.Cases)
        {
            string id = UniqueId(ParticipantId(@case.Name), ids, "P" + (people.Count + 1));
            if (id != @case.Name) notes.Add($"case '{Shown(@case.Name)}' is participant {id} (a participant ID is one word of letters, digits, '-', '_' or '.')");
            var person = new Person(id, @case.Variables);
            people.Add(person);
            foreach (string source in @case.SourceGuids)
            {
                string key = Guid(source);
                if (owner.TryGetValue(key, out var first))
                {
                    if (first != person) notes.Add($"a source belongs to cases {first.Id} and {id}: its coding is imported as {first.Id}'s (FindingsGen reads one participant per transcript)");
                    continue;
                }
                owner[key] = person;
                person.SourceGuids.Add(key);
            }
        }
        foreach (var source in project.Sources)
        {
            string key = Guid(source.Guid);
            if (owner.ContainsKey(key)) continue;
            if (source.Text is null) continue;
            string name = QdaParticipantId.SourceStem(source.Name);
            string id = UniqueId(ParticipantId(name), ids, "P" + (people.Count + 1));
            // MAXQDA exports no cases: each document is a participant, and its document variables are the attributes.
            notes.Add($"source '{Shown(source.Name)}' belongs to no case: it is participant {id}" + (source.Variables.Count > 0 ? ", with the source's variables as attributes" : ""));
            var person = new Person(id, source.Variables);
            person.SourceGuids.Add(key);
            owner[key] = person;
            people.Add(person);
        }
        var byGuid = project.Sources.GroupBy(s => Guid(s.Guid)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var person in people)
        {
            var texts = person.SourceGuids.Where(byGuid.ContainsKey).Select(g => byGuid[g]).Where(s => s.Text is not null).ToList();
            foreach (var source in texts) person.Texts.Add(WithoutBom(source.Text!));
            if (texts.Count == 1)
            {
                string extension = System.IO.Path.GetExtension(texts[0].Name).ToLowerInvariant();
                if (extension is ".vtt" or ".srt" or ".md") person.Extension = extension;
            }
            if (texts.Count > 1) notes.Add($"participant {person.Id} has {texts.Count} text sources: transcripts/{person.Id}.txt holds them one after another, in the project's order");
            int missing = person.SourceGuids.Count(g => !byGuid.TryGetValue(g, out var s) || s.Text is null);
            if (missing > 0) notes.Add($"participant {person.Id}: {missing} source(s) without text in the project (not a text source, or its file is missing) were left out");
        }
        return people;
    }

    private static string WithoutBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

    private static string ParticipantId(string name) => QdaParticipantId.For(name);

    private static string UniqueId(string id, HashSet<string> used, string fallback)
    {
        if (id.Length == 0) id = fallback;
        string unique = id;
        for (int n = 2; !used.Add(unique); n++) unique = id + "-" + n;
        return unique;
    }

    private static SectionMap Sections(QdaProject project, IReadOnlyList<QdaCode> roots, List<string> notes)
    {
        var map = new SectionMap();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // A name written in code= must name one code only; otherwise the heading names it by GUID.
        var names = All(project.Codes).GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A name is written only when it is plain: a comma would split it, and Markdown markup in an attribute value
        // (*, _, `, [, <, &) is read as markup before the heading's attributes are (the heading would stop being a theme).
        string Reference(QdaCode code) =>
            names[code.Name] == 1 && code.Name.Trim() == code.Name && code.Name.Length > 0 && code.Name.All(PlainNameCharacter) ? code.Name : code.Guid;
        foreach (var root in roots)
        {
            var theme = new ThemeDraft(SectionId(root, ids, "theme"), root.Name, root.Children.Count > 0 ? Reference(root) : null);
            map.Themes.Add(theme);
            if (root.Children.Count == 0)
            {
                // A code without subcodes is a theme with one subtheme of the same name, which carries the code.
                var only = new SubthemeDraft(UniqueSectionId(theme.Id + "-all", ids), root.Name, Reference(root));
                theme.Subthemes.Add(only);
                map.ByCode[Guid(root.Guid)] = (theme, only);
                continue;
            }
            map.ByCode[Guid(root.Guid)] = (theme, null);
            foreach (var child in root.Children)
            {
                // Deeper codes fold into the subtheme: its code= names them all, so the coding it rests on is the same.
                var family = All(new[] { child }).ToList();
                var subtheme = new SubthemeDraft(SectionId(child, ids, "subtheme"), child.Name, string.Join(", ", family.Select(Reference)));
                theme.Subthemes.Add(subtheme);
                foreach (var code in family) map.ByCode[Guid(code.Guid)] = (theme, subtheme);
            }
        }
        return map;
    }

    private static bool PlainNameCharacter(char c) => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '\'' or '\u2019' or '(' or ')' or '/' or ':' or ';' or '!' or '?' or '+' or '%';

    private static readonly Regex ExportedId = new("^" + Regex.Escape(QdaProjectWriter.DescriptionPrefix) + "([a-z0-9][a-z0-9-]*)", RegexOptions.CultureInvariant);

    /// <summary>The ID a code's heading gets: the one a FindingsGen export recorded in its description, else its name as a slug.</summary>
    private static string SectionId(QdaCode code, HashSet<string> ids, string fallback)
    {
        if (code.Description is { } description && ExportedId.Match(description) is { Success: true } match && ids.Add(match.Groups[1].Value))
            return match.Groups[1].Value;
        string slug = Regex.Replace(Slug.Of(code.Name), "-{2,}", "-");
        if (slug.Length > 48) slug = slug.Substring(0, 48).TrimEnd('-');
        return UniqueSectionId(slug.Length == 0 ? fallback : slug, ids);
    }

    private static string UniqueSectionId(string id, HashSet<string> ids)
    {
        string unique = id;
        for (int n = 2; !ids.Add(unique); n++) unique = id + "-" + n;
        return unique;
    }

    private static int Quotations(QdaProject project, List<Person> people, SectionMap sections, List<string> notes)
    {
        var ownerOf = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (string guid in person.SourceGuids) ownerOf[guid] = person;
        }
        int count = 0, outside = 0, unreadable = 0, empty = 0;
        foreach (var source in project.Sources)
        {
            if (source.Selections.Count == 0) continue;
            if (source.Text is null || !ownerOf.TryGetValue(Guid(source.Guid), out var person))
            {
                unreadable += source.Selections.Count;
                continue;
            }
            string text = WithoutBom(source.Text);
            var reader = SelectionText.For(text, source.Selections);
            foreach (var selection in source.Selections.OrderBy(s => s.Start))
            {
                var places = selection.CodeGuids.Select(Guid).Where(sections.ByCode.ContainsKey).Select(g => sections.ByCode[g]).Distinct().ToList();
                if (places.Count == 0)
                {
                    outside++;
                    continue;
                }
                string? words = reader.Of(selection) is { } raw ? QuotationMarkdown(raw) : null;
                if (words is null)
                {
                    empty++;
                    continue;
                }
                foreach (var (theme, subtheme) in places)
                {
                    (subtheme?.Quotations ?? theme.Quotations).Add((person.Id, words));
                    count++;
                }
            }
        }
        if (outside > 0) notes.Add($"{outside} coded selection(s) under no code of the chosen themes were left out");
        if (unreadable > 0) notes.Add($"{unreadable} coded selection(s) of sources without text (or of no participant) were left out");
        if (empty > 0) notes.Add($"{empty} coded selection(s) whose positions hold no words in their source were left out");
        return count;
    }

    /// <summary>
    /// A selection's text as a quotation's Markdown: on one line (line breaks are only spacing to matching), with the
    /// characters that Markdown would read as markup escaped; null when it holds no word.
    /// </summary>
    private static string? QuotationMarkdown(string text)
    {
        if (WordTokenizer.MatchWords(text).Count == 0) return null;
        string line = Regex.Replace(text.Trim(), @"\s+", " ");
        var builder = new StringBuilder(line.Length + 8);
        foreach (char c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '<' or '>' or '&' or '~' or '^' or '{' or '}' or '[' or ']' or '$' or '|') builder.Append('\\');
            builder.Append(c);
        }
        string escaped = builder.ToString();
        // A line that begins like a block (a heading, a list item, a fence) would not be a paragraph.
        if (Regex.IsMatch(escaped, @"^\d+[.)]")) escaped = Regex.Replace(escaped, @"^(\d+)([.)])", "$1\\$2");
        else if (Regex.IsMatch(escaped, "^[#+=:-]")) escaped = "\\" + escaped;
        return escaped;
    }

    private static string Manifest(QdaProject project, List<Person> people, string codingPath, string projectFile)
    {
        var b = new StringBuilder();
        b.Append("# findings.yml: drafted by `findings import` from ").Append(OneLine(projectFile)).Append(". Every key is described at\n");
        b.Append("# ").Append(Diagnostics.RuleTable.DocsBaseUrl).Append("language.md; the import: ").Append(Diagnostics.RuleTable.DocsBaseUrl).Append("qda.md\n\n");
        string title = project.Name.Trim().Length > 0 ? project.Name.Trim() : projectFile;
        b.Append("title: ").Append(Yaml(title)).Append("\n\n");
        b.Append("# The participants: the project's cases, with their variables as attributes.\n");
        if (people.Count == 0) b.Append("participants: {}\n");
        else
        {
            b.Append("participants:\n");
            foreach (var person in people)
            {
                b.Append("  ").Append(Yaml(person.Id)).Append(": {");
                b.Append(string.Join(", ", person.Attributes.Select(a => Yaml(a.Key) + ": " + Yaml(a.Value))));
                b.Append("}\n");
            }
        }
        b.Append("\n# Add the frequency scale your claims use once a page has a .freq span, e.g. for these ")
            .Append(people.Count).Append(" participants:\n");
        b.Append("# frequency:\n#   all: ").Append(people.Count).Append("\n#   some: 2-3\n#   one: 1\n\n");
        b.Append("# The transcripts: the project's text sources, as it exported them.\n");
        b.Append("transcripts:\n  path: transcripts/{id}.*\n");
        b.Append("  interviewer: [").Append(string.Join(", ", InterviewerLabels(people).Select(Yaml))).Append("]\n\n");
        b.Append("pages: [").Append(ResultsPage).Append("]\n\n");
        b.Append("# The QDA project the coding lives in (private, like the transcripts).\n");
        b.Append("coding: ").Append(Yaml(codingPath)).Append('\n');
        return b.ToString();
    }

    private static readonly string[] InterviewerNames = { "I", "Interviewer", "INT", "Int", "Q", "Researcher", "Moderator", "Facilitator", "Interviewer 1" };
    private static readonly Regex LabelLine = new(@"^\**([\p{L}\p{N}][\p{L}\p{N} ._-]{0,29}?)\**\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>
    /// The interviewer labels the transcripts use: those of the usual names that appear; none when no transcript has a
    /// speaker label at all (then all of a transcript is its participant's, and nothing is reported for it); else the
    /// default, so the check says where speakers cannot be told apart.
    /// </summary>
    private static IReadOnlyList<string> InterviewerLabels(List<Person> people)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (string text in person.Texts)
            {
                foreach (Match m in LabelLine.Matches(text)) labels.Add(m.Groups[1].Value.Trim());
            }
        }
        var found = InterviewerNames.Where(labels.Contains).ToList();
        if (found.Count > 0) return found;
        return labels.Count == 0 ? Array.Empty<string>() : new[] { "I", "Interviewer" };
    }

    private static string Results(List<ThemeDraft> themes, string projectFile)
    {
        var b = new StringBuilder();
        b.Append("---\ntitle: Results\n---\n\n");
        foreach (var theme in themes)
        {
            b.Append("\n# ").Append(Heading(theme.Name)).Append(" {#").Append(theme.Id).Append(" .theme");
            if (theme.Codes is not null) b.Append(" code=").Append(Attribute(theme.Codes));
            b.Append("}\n");
            foreach (var q in theme.Quotations) Quote(b, q);
            foreach (var subtheme in theme.Subthemes)
            {
                b.Append("\n## ").Append(Heading(subtheme.Name)).Append(" {#").Append(subtheme.Id).Append(" .subtheme code=").Append(Attribute(subtheme.Codes)).Append("}\n");
                var coded = subtheme.Quotations.Select(q => q.Participant).Distinct().ToList();
                foreach (var q in subtheme.Quotations) Quote(b, q);
            }
        }
        return b.ToString();
    }

    private static void Quote(StringBuilder b, (string Participant, string Text) q) =>
        b.Append("\n::: {.quote from=").Append(q.Participant).Append("}\n").Append(q.Text).Append("\n:::\n");

    /// <summary>A heading's text on one line, with what Markdown or the attribute list would read as markup escaped.</summary>
    private static string Heading(string name)
    {
        string line = Regex.Replace(name.Trim(), @"\s+", " ");
        var builder = new StringBuilder();
        foreach (char c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '<' or '>' or '&' or '[' or ']' or '{' or '}' or '#') builder.Append('\\');
            builder.Append(c);
        }
        return builder.Length == 0 ? "Untitled" : builder.ToString();
    }

    private static string Attribute(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";


    private static string OneLine(string text) => Regex.Replace(text, @"[\r\n\t]+", " ");

    private static string Shown(string name) => OneLine(name.Length > 60 ? name.Substring(0, 60) + "…" : name);

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Yaml(string text)
    {
        var b = new StringBuilder("\"");
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F) b.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                    else b.Append(c);
                    break;
            }
        }
        return b.Append('"').ToString();
    }
}
