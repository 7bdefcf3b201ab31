using System;
using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Manifest;

/// <summary>Reads <c>findings.yml</c> into a <see cref="StudyManifest"/>; every problem is FG0201 at the key's line and column.</summary>
public static class ManifestReader
{
    // The keys each mapping accepts, in one place: the reader's unknown-key checks and the JSON Schema's test
    // (docs/findings.manifest.schema.json must list exactly these) both read them.
    internal static readonly string[] TopLevelKeys =
    {
        "title", "authors", "language", "participants", "frequency", "quantifier_nouns",
        "transcripts", "pages", "identifiers", "rules", "editing", "site", "publication", "coding",
    };

    /// <summary>The keys of <c>transcripts:</c>.</summary>
    internal static readonly string[] TranscriptsKeys = { "path", "interviewer", "speakers", "groups", "language" };

    /// <summary>The keys of <c>editing:</c>.</summary>
    internal static readonly string[] EditingKeys = { "fillers", "repetitions" };

    /// <summary>The keys of <c>site:</c>.</summary>
    internal static readonly string[] SiteKeys = { "attribution", "url" };

    /// <summary>The keys of <c>publication:</c>.</summary>
    internal static readonly string[] PublicationKeys =
    {
        "title", "doi", "url", "journal", "year", "license", "authors", "version", "data_availability", "preregistration",
    };

    /// <summary>The keys of an author under <c>publication.authors</c>.</summary>
    internal static readonly string[] PublicationAuthorKeys = { "name", "orcid", "affiliation" };

    /// <summary>The earliest and latest <c>publication.year</c> accepted: outside them the year is a typo.</summary>
    public const int MinYear = 1900, MaxYear = 2100;

    /// <summary>The longest short text <c>publication:</c> accepts (a title, a journal, a statement of data availability).</summary>
    public const int MaxPublicationText = 500;

    /// <summary>The longest <c>transcripts.path</c> accepted: a path pattern is a short thing, and a longer one is a mistake.</summary>
    public const int MaxPathLength = 1024;

    /// <summary>Messages quote at most this many characters of a value, so a huge value never makes a huge line.</summary>
    public const int MaxQuoted = 80;

    /// <summary>
    /// Reads the manifest text. The manifest is always returned, possibly incomplete; when it could not be read well
    /// enough to know which files to read, <see cref="StudyManifest.IsReadable"/> is false and hosts read nothing else.
    /// </summary>
    public static StudyManifest Read(string text, DiagnosticList diagnostics)
    {
        var manifest = new StudyManifest();
        var problems = new List<SafeYamlReader.Problem>();
        var root = SafeYamlReader.Read(text, problems);
        var reader = new Reader(diagnostics, text);
        foreach (var p in problems) reader.Report(p.Line, p.Column, 1, p.Message);
        if (problems.Count > 0) return manifest;

        if (root is not YamlMapping map)
        {
            reader.Report(root?.Line ?? 1, root?.Column ?? 1, 1, "the manifest must be a mapping of keys such as title: and participants:");
            return manifest;
        }
        manifest.IsReadable = reader.Read(map, manifest);
        return manifest;
    }

    /// <summary>(1-based) <paramref name="line"/> and <paramref name="column"/> moved inside the <paramref name="lines"/> of a text.</summary>
    internal static (int Line, int Column) InsideText(IReadOnlyList<string> lines, int line, int column)
    {
        line = Math.Min(Math.Max(1, line), lines.Count);
        int length = lines[line - 1].TrimEnd('\r').Length;
        return (line, Math.Min(Math.Max(1, column), Math.Max(1, length)));
    }

    /// <summary>"a, b and c": the keys as the unknown-key messages name them.</summary>
    private static string KeyList(string[] keys) => string.Join(", ", keys, 0, keys.Length - 1) + " and " + keys[keys.Length - 1];

    /// <summary>A value as quoted in a message: at most <see cref="MaxQuoted"/> characters.</summary>
    public static string Shorten(string value) => value.Length <= MaxQuoted ? value : value.Substring(0, MaxQuoted) + "\u2026";

    /// <summary>FG0201 and FG0301 guard the privacy screen: <c>rules:</c> may not set them below error.</summary>
    public static bool IsGuardRule(string id) => id == RuleTable.FG0201.Id || id == RuleTable.FG0301.Id;

    private sealed class Reader
    {
        private readonly DiagnosticList diagnostics;
        private readonly string text;
        private string[]? lines; // split once, on the first report: a manifest may have thousands of problems

        public Reader(DiagnosticList diagnostics, string text)
        {
            this.diagnostics = diagnostics;
            this.text = text;
        }

        public void Report(int line, int column, int length, string message) =>
            diagnostics.Add(RuleTable.FG0201, At(line, column, length), message);

        private void Report(YamlNode node, string message) => diagnostics.Add(RuleTable.FG0201, Location(node), message);

        /// <summary>Where a node is: a scalar's whole value, any other node's first character.</summary>
        private SourceLocation Location(YamlNode node) => At(node.Line, node.Column, node is YamlScalar s ? s.End - s.Start : 1);

        private SourceLocation At(int line, int column, int length)
        {
            // The YAML reader places a problem at the end of the text one place past it (a line or column that is not
            // there); a diagnostic must point inside the file, so it points at the last character instead.
            (line, column) = InsideText(lines ??= text.Split('\n'), line, column);
            return new SourceLocation(StudyManifest.FileName, line, column, line, column + Math.Max(1, length));
        }

        /// <summary>Reads every key; false when pages: or transcripts: could not be read (reading on would widen what is read).</summary>
        public bool Read(YamlMapping map, StudyManifest manifest)
        {
            var keys = new Dictionary<string, (YamlScalar Key, YamlNode Value)>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                if (Array.IndexOf(TopLevelKeys, entry.Key.Value) < 0)
                {
                    string? near = Text.Suggestion.Nearest(entry.Key.Value, TopLevelKeys);
                    Report(entry.Key, $"unknown key '{Shorten(entry.Key.Value)}'" + (near is null ? "; the keys are " + string.Join(", ", TopLevelKeys) : $"; did you mean '{near}'?"));
                    continue;
                }
                keys[entry.Key.Value] = (entry.Key, entry.Value);
            }

            if (keys.TryGetValue("title", out var title))
            {
                if (String(title.Value, "title") is { Length: > 0 } t) manifest.Title = t;
                else Report(title.Key, "'title' must be the study's title as text");
            }
            else
            {
                Report(map.Line, map.Column, 1, "the required key 'title' is missing; add e.g. title: My study");
            }

            if (keys.TryGetValue("authors", out var authors)) manifest.Authors = Strings(authors.Value, "authors");
            if (keys.TryGetValue("language", out var language) && String(language.Value, "language") is { Length: > 0 } lang) manifest.Language = lang;

            if (keys.TryGetValue("participants", out var participants)) manifest.Participants = Participants(participants.Key, participants.Value);
            else Report(map.Line, map.Column, 1, "the required key 'participants' is missing; list each participant ID, e.g. participants: { T1: {} }");

            if (keys.TryGetValue("frequency", out var frequency)) manifest.Frequency = Frequency(frequency.Key, frequency.Value);
            if (keys.TryGetValue("quantifier_nouns", out var nouns))
            {
                var list = Strings(nouns.Value, "quantifier_nouns");
                if (list.Count > 0) manifest.QuantifierNouns = list;
            }
            // transcripts.path decides which files are transcripts, and so never pages: when it is written but cannot be
            // used, nothing else may be read (without it every .md would be a page, transcripts included). A broken
            // pages: only narrows what is read (the entries that could be read), so the rest is still checked.
            bool readable = true;
            if (keys.TryGetValue("transcripts", out var transcripts))
            {
                manifest.Transcripts = Transcripts(transcripts.Key, transcripts.Value, manifest.Participants);
                readable = manifest.Transcripts is not null;
            }
            if (keys.TryGetValue("pages", out var pages)) manifest.Pages = Pages(pages.Value);
            if (keys.TryGetValue("identifiers", out var identifiers))
            {
                manifest.Identifiers = String(identifiers.Value, "identifiers");
                manifest.IdentifiersLocation = Location(identifiers.Value);
                if (manifest.Identifiers is { } named && HasControlCharacter(named))
                {
                    Report(identifiers.Value, "'identifiers' must be a file path without control characters");
                    manifest.Identifiers = null;
                }
                else if (manifest.Identifiers is { Length: 0 }) Report(identifiers.Value, "'identifiers' must name the private identifiers file, e.g. identifiers: ../private/identifiers.txt; remove the key to screen nothing");
            }
            if (keys.TryGetValue("coding", out var coding))
            {
                // The REFI-QDA project the coding lives in: private like the transcripts, so read wherever it is named.
                manifest.Coding = String(coding.Value, "coding");
                manifest.CodingLocation = Location(coding.Value);
                if (manifest.Coding is { } named && HasControlCharacter(named))
                {
                    Report(coding.Value, "'coding' must be a file path without control characters");
                    manifest.Coding = null;
                }
                else if (manifest.Coding is { Length: 0 })
                {
                    Report(coding.Value, "'coding' must name the REFI-QDA project (.qdpx) the coding lives in, e.g. coding: ../private/project.qdpx; remove the key to check against no coding");
                    manifest.Coding = null;
                }
            }
            if (keys.TryGetValue("rules", out var rules)) manifest.RuleSeverities = Rules(rules.Key, rules.Value);
            if (keys.TryGetValue("editing", out var editing)) manifest.Editing = Editing(editing.Key, editing.Value);
            if (keys.TryGetValue("site", out var site)) manifest.Site = Site(site.Key, site.Value, manifest.Participants);
            if (keys.TryGetValue("publication", out var publication)) manifest.Publication = Publication(publication.Key, publication.Value, manifest.Authors);
            if (manifest.Frequency is { } scale) CheckScale(scale, manifest.Participants.Count);
            return readable;
        }

        private readonly Dictionary<FrequencyLabel, YamlNode> labelNodes = new();

        /// <summary>
        /// The scale against the study: a label no claim could ever use (it needs more participants than the study has),
        /// and two labels that claim the same count (a count must name one label, or FG0001 cannot say which fits).
        /// </summary>
        private void CheckScale(IReadOnlyList<FrequencyLabel> scale, int participants)
        {
            if (participants > 0)
            {
                foreach (var label in scale)
                {
                    if (label.Range.Min > participants)
                    {
                        Report(labelNodes[label], $"'frequency.{Shorten(label.Label)}' means {label.Range}, but the study has {participants} participant(s); no claim could use it: lower it or list the participants");
                    }
                }
            }
            // Sorted by the smallest count, each label overlaps an earlier one exactly when it starts at or below the
            // largest count seen so far: one pass, however long the scale.
            // Each overlap is reported at the label written later, naming the earlier one.
            var sorted = scale.Select((label, index) => (label, index)).OrderBy(x => x.label.Range.Min).ThenBy(x => x.index).ToList();
            (FrequencyLabel Label, int Index)? widest = null;
            foreach (var (label, index) in sorted)
            {
                if (widest is { } w && (w.Label.Range.Max is null || label.Range.Min <= w.Label.Range.Max.Value))
                {
                    var (later, earlier) = index > w.Index ? (label, w.Label) : (w.Label, label);
                    Report(labelNodes[later], $"'frequency.{Shorten(later.Label)}' ({later.Range}) overlaps '{Shorten(earlier.Label)}' ({earlier.Range}); each count must belong to one label");
                }
                if (widest is not { } current || current.Label.Range.Max is not null && (label.Range.Max is null || label.Range.Max.Value > current.Label.Range.Max.Value)) widest = (label, index);
            }
        }

        private string? String(YamlNode node, string key)
        {
            if (node is YamlScalar s) return s.IsNull ? "" : s.Value;
            Report(node, $"'{key}' must be a single value, not a list or a mapping");
            return null;
        }

        private IReadOnlyList<string> Strings(YamlNode node, string key)
        {
            if (node is YamlScalar s) return s.IsNull ? new string[0] : new[] { s.Value };
            if (node is YamlSequence seq)
            {
                var list = new List<string>();
                foreach (var item in seq.Items)
                {
                    if (item is YamlScalar scalar) list.Add(scalar.Value);
                    else Report(item, $"each item of '{key}' must be a single value");
                }
                return list;
            }
            Report(node, $"'{key}' must be a list, e.g. {key}: [a, b]");
            return new string[0];
        }

        private IReadOnlyList<Participant> Participants(YamlScalar key, YamlNode node)
        {
            var list = new List<Participant>();
            if (node is YamlScalar { IsNull: true }) return list;
            if (node is not YamlMapping map)
            {
                Report(key, "'participants' must map each participant ID to its attributes, e.g. T1: { profession: nurse }");
                return list;
            }
            foreach (var entry in map.Entries)
            {
                var id = entry.Key.Value;
                if (id.Length == 0 || id.Any(char.IsWhiteSpace) || id.IndexOf(',') >= 0)
                {
                    Report(entry.Key, $"participant ID '{Shorten(id)}' must be one word without spaces or commas");
                    continue;
                }
                var attributes = new List<KeyValuePair<string, string>>();
                if (entry.Value is YamlMapping attrs)
                {
                    foreach (var attr in attrs.Entries)
                    {
                        if (attr.Value is YamlScalar value) attributes.Add(new KeyValuePair<string, string>(attr.Key.Value, value.IsNull ? "" : value.Value));
                        else Report(attr.Key, $"attribute '{Shorten(attr.Key.Value)}' of participant '{Shorten(id)}' must be a single value");
                    }
                }
                else if (entry.Value is not YamlScalar { IsNull: true })
                {
                    Report(entry.Key, $"participant '{Shorten(id)}' must map to its attributes, e.g. {Shorten(id)}: {{ profession: nurse }} or {Shorten(id)}: {{}}");
                }
                list.Add(new Participant(id, attributes));
            }
            return list;
        }

        private IReadOnlyList<FrequencyLabel>? Frequency(YamlScalar key, YamlNode node)
        {
            if (node is not YamlMapping map)
            {
                Report(key, "'frequency' must map each label to a count, e.g. most: 4-5");
                return null;
            }
            var labels = new List<FrequencyLabel>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in map.Entries)
            {
                string label = entry.Key.Value.Trim();
                if (label.Length == 0 || !label.All(c => char.IsLetter(c) || c == ' ' || c == '-' || c == '\''))
                {
                    Report(entry.Key, $"frequency label '{Shorten(label)}' must be a word or phrase, e.g. most");
                    continue;
                }
                if (!seen.Add(label))
                {
                    Report(entry.Key, $"frequency label '{Shorten(label)}' is defined twice (labels are matched case-insensitively); keep one");
                    continue;
                }
                if (entry.Value is YamlScalar value && CountRange.TryParse(value.Value, out var range))
                {
                    var read = new FrequencyLabel(label, range);
                    labels.Add(read);
                    labelNodes[read] = entry.Key;
                }
                else
                {
                    string written = entry.Value is YamlScalar v ? v.Value : "a list or mapping";
                    Report(entry.Value, $"'frequency.{Shorten(label)}' must be a count (6), a range (4-5) or a minimum (3+), not '{Shorten(written)}'");
                }
            }
            return labels;
        }

        private TranscriptSettings? Transcripts(YamlScalar key, YamlNode node, IReadOnlyList<Participant> participants)
        {
            if (node is not YamlMapping map)
            {
                Report(key, "'transcripts' must be a mapping with path: and interviewer:");
                return null;
            }
            var settings = new TranscriptSettings();
            bool hasPath = false;
            foreach (var entry in map.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "path":
                        var path = String(entry.Value, "transcripts.path");
                        if (path is null) break;
                        if (HasControlCharacter(path))
                        {
                            Report(entry.Value, "'transcripts.path' must be a path without control characters, e.g. transcripts/{id}.*");
                            break;
                        }
                        if (path.Length > MaxPathLength)
                        {
                            Report(entry.Value, $"'transcripts.path' is {path.Length} characters long; a path pattern has at most {MaxPathLength}, e.g. transcripts/{{id}}.*");
                            break;
                        }
                        if (path.IndexOf("{id}", StringComparison.Ordinal) < 0)
                        {
                            Report(entry.Value, "'transcripts.path' must contain {id}, e.g. transcripts/{id}.*");
                            break;
                        }
                        settings.Path = path;
                        settings.PathLocation = Location(entry.Value);
                        hasPath = true;
                        break;
                    case "interviewer":
                        settings.Interviewer = Strings(entry.Value, "transcripts.interviewer");
                        break;
                    case "language":
                        settings.Language = String(entry.Value, "transcripts.language");
                        break;
                    case "speakers":
                        settings.Speakers = Speakers(entry.Key, entry.Value, participants);
                        break;
                    case "groups":
                        settings.Groups = Groups(entry.Value);
                        break;
                    default:
                        Report(entry.Key, $"unknown key 'transcripts.{Shorten(entry.Key.Value)}'; the keys are {KeyList(TranscriptsKeys)}");
                        break;
                }
            }
            if (!hasPath && map.Entries.All(e => e.Key.Value != "path")) Report(key, "'transcripts' needs path:, e.g. path: transcripts/{id}.*");
            return hasPath ? settings : null;
        }

        /// <summary>
        /// <c>transcripts.speakers:</c>: speaker label → participant ID or <c>interviewer</c>. A label mapped to an ID that is
        /// not a participant, written twice (in any case), or a value that is not one string is FG0201: a wrong map would
        /// hand one person's words to another. The messages name the key's position, never the label (it may be a real name).
        /// </summary>
        private IReadOnlyDictionary<string, string> Speakers(YamlScalar key, YamlNode node, IReadOnlyList<Participant> participants)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (node is YamlScalar { IsNull: true }) return map;
            if (node is not YamlMapping mapping)
            {
                Report(key, "'transcripts.speakers' must map speaker labels to a participant ID or interviewer, e.g. \"Speaker 2\": T1");
                return map;
            }
            var ids = new HashSet<string>(participants.Select(p => p.Id), StringComparer.Ordinal);
            var first = new Dictionary<string, YamlScalar>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in mapping.Entries)
            {
                string label = entry.Key.Value.Trim();
                if (label.Length == 0 || HasControlCharacter(label))
                {
                    Report(entry.Key, "each label under 'transcripts.speakers' must be a speaker label as the transcripts write it");
                    continue;
                }
                if (first.TryGetValue(label, out var earlier))
                {
                    Report(entry.Key, $"this label is mapped twice under 'transcripts.speakers' (first at line {earlier.Line}, column {earlier.Column}; labels are compared ignoring case); keep one");
                    continue;
                }
                first[label] = entry.Key;
                if (entry.Value is not YamlScalar { IsNull: false } value)
                {
                    Report(entry.Value, "a label under 'transcripts.speakers' must map to one participant ID or interviewer, not a list or a mapping");
                    continue;
                }
                // A participant ID exactly as written; "interviewer" in any case ("Interviewer" is how people write it).
                if (ids.Contains(value.Value))
                {
                    map[label] = value.Value;
                    continue;
                }
                if (string.Equals(value.Value, TranscriptSettings.InterviewerRole, StringComparison.OrdinalIgnoreCase))
                {
                    map[label] = TranscriptSettings.InterviewerRole;
                    continue;
                }
                string? near = Text.Suggestion.Nearest(value.Value, ids.Append(TranscriptSettings.InterviewerRole).Take(200).ToArray());
                Report(value, $"'{Shorten(value.Value)}' under 'transcripts.speakers' is neither a participant ID (as written under participants:) nor interviewer" +
                    (near is null ? "" : $"; did you mean '{Shorten(near)}'?"));
            }
            return map;
        }

        /// <summary>
        /// <c>transcripts.groups:</c>: study-relative paths of group transcripts, <c>*</c> standing for any text in the
        /// file name (<c>groups/*.vtt</c>). The folder part has no wildcard: group files are read inside that folder only.
        /// </summary>
        private IReadOnlyList<string> Groups(YamlNode node)
        {
            var list = new List<string>();
            if (node is YamlScalar { IsNull: true }) return list;
            var items = node is YamlSequence seq ? seq.Items : new List<YamlNode> { node };
            foreach (var item in items)
            {
                if (item is not YamlScalar { IsNull: false } s || s.Value.Trim().Length == 0)
                {
                    Report(item, "each entry of 'transcripts.groups' must be a path of group transcripts, e.g. groups: [groups/*.vtt]");
                    continue;
                }
                string glob = s.Value.Trim().Replace('\\', '/');
                string folder = glob.LastIndexOf('/') is var slash and >= 0 ? glob.Substring(0, slash) : "";
                string name = glob.Substring(glob.LastIndexOf('/') + 1);
                if (HasControlCharacter(glob) || glob.Length > MaxPathLength)
                {
                    Report(s, $"each entry of 'transcripts.groups' must be a path of at most {MaxPathLength} characters without control characters, e.g. groups/*.vtt");
                    continue;
                }
                if (folder.IndexOf('*') >= 0 || name.Length == 0 || name.IndexOf("{id}", StringComparison.Ordinal) >= 0)
                {
                    Report(s, "each entry of 'transcripts.groups' names files in one folder, with * only in the file name, e.g. groups/*.vtt (a group file belongs to no single participant: no {id})");
                    continue;
                }
                if (!list.Contains(glob)) list.Add(glob);
            }
            return list;
        }

        /// <summary>
        /// <c>editing:</c>: fillers (words or short phrases, letters and apostrophes only) and repetitions (true/false).
        /// Anything else is FG0201, and a section that cannot be read tolerates nothing (it never widens matching).
        /// </summary>
        private EditingSettings Editing(YamlScalar key, YamlNode node)
        {
            var settings = new EditingSettings();
            if (node is YamlScalar { IsNull: true }) return settings;
            if (node is not YamlMapping map)
            {
                Report(key, "'editing' must be a mapping, e.g. editing: { fillers: [um, uh], repetitions: true }");
                return settings;
            }
            foreach (var entry in map.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "fillers":
                        var fillers = new List<string>();
                        var items = entry.Value is YamlSequence seq ? seq.Items : new List<YamlNode> { entry.Value };
                        foreach (var item in items)
                        {
                            if (item is YamlScalar { IsNull: false } s && s.Value.Trim() is { Length: > 0 and <= 40 } filler
                                && filler.All(c => char.IsLetter(c) || c == ' ' || c == '\'' || c == '\u2019' || c == '-'))
                            {
                                fillers.Add(filler);
                            }
                            else
                            {
                                Report(item, "each filler must be a word or a short phrase of letters, e.g. fillers: [um, uh, \"you know\"]");
                            }
                        }
                        settings.Fillers = fillers;
                        break;
                    case "repetitions":
                        if (entry.Value is YamlScalar { Value: "true" or "True" or "TRUE" or "yes" }) settings.Repetitions = true;
                        else if (entry.Value is YamlScalar { Value: "false" or "False" or "FALSE" or "no" }) settings.Repetitions = false;
                        else Report(entry.Value, "'editing.repetitions' must be true or false");
                        break;
                    default:
                        Report(entry.Key, $"unknown key 'editing.{Shorten(entry.Key.Value)}'; the keys are {KeyList(EditingKeys)}");
                        break;
                }
            }
            return settings;
        }

        private SiteSettings Site(YamlScalar key, YamlNode node, IReadOnlyList<Participant> participants)
        {
            var settings = new SiteSettings();
            if (node is YamlScalar { IsNull: true }) return settings;
            if (node is not YamlMapping map)
            {
                Report(key, "'site' must be a mapping, e.g. site: { attribution: \"{id}, {setting}\" }");
                return settings;
            }
            foreach (var entry in map.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "attribution":
                        if (String(entry.Value, "site.attribution") is not { } text) break;
                        if (AttributionTemplate.Parse(text, out string? problem) is not { } template)
                        {
                            Report(entry.Value, $"'site.attribution' {problem}");
                            break;
                        }
                        // A placeholder no participant has would never print: it is a typo ({setting} written {seting}).
                        var names = participants.SelectMany(p => p.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal).ToList();
                        var unknown = template.Placeholders.Where(n => n != "id" && !names.Contains(n)).ToList();
                        foreach (string name in unknown)
                        {
                            string? near = Text.Suggestion.Nearest(name, names.Append("id"));
                            Report(entry.Value, $"'site.attribution' names {{{Shorten(name)}}}, which no participant has" +
                                (near is not null ? $"; did you mean {{{near}}}?" : names.Count == 0 ? "; the participants have no attributes" : "; the attributes are " + string.Join(", ", names.Take(12))));
                        }
                        if (unknown.Count == 0) settings.Attribution = template;
                        break;
                    case "url":
                        if (String(entry.Value, "site.url") is not { } url) break;
                        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                            && !HasControlCharacter(url) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
                        {
                            string absolute = uri.AbsoluteUri;
                            settings.Url = absolute.EndsWith("/", StringComparison.Ordinal) ? absolute : absolute + "/";
                        }
                        else
                        {
                            Report(entry.Value, "'site.url' must be the address the site is published at, absolute http(s) without ?query or #fragment, e.g. https://example.org/study/");
                        }
                        break;
                    default:
                        Report(entry.Key, $"unknown key 'site.{Shorten(entry.Key.Value)}'; the keys are {KeyList(SiteKeys)}");
                        break;
                }
            }
            return settings;
        }

        /// <summary>
        /// <c>publication:</c>: each key checked on its own, a bad value FG0201 at the value and left out (the rest still
        /// shows). Without <c>authors:</c> under it, the manifest's top-level authors are the authors.
        /// </summary>
        private Publication Publication(YamlScalar key, YamlNode node, IReadOnlyList<string> manifestAuthors)
        {
            var publication = new Publication { Authors = manifestAuthors.Where(a => a.Trim().Length > 0).Select(a => new PublicationAuthor(a.Trim())).ToList() };
            if (node is YamlScalar { IsNull: true }) return publication;
            if (node is not YamlMapping map)
            {
                Report(key, "'publication' must be a mapping, e.g. publication: { doi: 10.5555/abc, journal: Journal name, year: 2026 }");
                return publication;
            }
            foreach (var entry in map.Entries)
            {
                string name = "publication." + entry.Key.Value;
                switch (entry.Key.Value)
                {
                    case "title":
                        publication.Title = ShortText(entry.Value, name, "the article's title");
                        break;
                    case "journal":
                        publication.Journal = ShortText(entry.Value, name, "the journal's name");
                        break;
                    case "version":
                        if (ShortText(entry.Value, name, "the findings' version, e.g. \"1.0\"") is not { } version) break;
                        if (version.Length > 64) Report(entry.Value, $"'{name}' is {version.Length} characters long; a version is short, e.g. \"1.0\" or \"2026-03\"");
                        else publication.Version = version;
                        break;
                    case "doi":
                        if (String(entry.Value, name) is not { } doi) break;
                        if (PublicationIdentifiers.Doi(doi) is { } bare) publication.Doi = bare;
                        else Report(entry.Value, $"'{name}' is not a DOI: write it as 10.prefix/suffix, doi:10.prefix/suffix or https://doi.org/10.prefix/suffix, e.g. 10.5555/findings.2026.1");
                        break;
                    case "url":
                        if (String(entry.Value, name) is not { } url) break;
                        if (PublicationIdentifiers.WebAddress(url) is { } address) publication.Url = address;
                        else Report(entry.Value, $"'{name}' must be the article's address, absolute http(s), e.g. https://journal.example/articles/123");
                        break;
                    case "year":
                        if (String(entry.Value, name) is not { } year) break;
                        if (int.TryParse(year.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) && y >= MinYear && y <= MaxYear) publication.Year = y;
                        else Report(entry.Value, $"'{name}' must be the year of publication, a whole year from {MinYear} to {MaxYear}, e.g. 2026");
                        break;
                    case "license":
                        if (String(entry.Value, name) is not { } license) break;
                        if (PublicationLicenses.Canonical(license, out string? licenseProblem) is { } canonical) publication.License = canonical;
                        else Report(entry.Value, $"'{name}' {licenseProblem}");
                        break;
                    case "authors":
                        publication.Authors = PublicationAuthors(entry.Key, entry.Value);
                        break;
                    case "data_availability":
                        if (ShortText(entry.Value, name, "where the data can be had: an address, or a short statement") is not { } availability) break;
                        if (PublicationIdentifiers.LooksLikeAddress(availability))
                        {
                            if (PublicationIdentifiers.WebAddress(availability) is { } at) publication.DataAvailability = at;
                            else Report(entry.Value, $"'{name}' looks like an address but is not an absolute http(s) one; write e.g. https://doi.org/10.5555/data.1, or a statement such as \"on request from the authors\"");
                        }
                        else publication.DataAvailability = availability;
                        break;
                    case "preregistration":
                        if (String(entry.Value, name) is not { } preregistration) break;
                        // A DOI however written (bare, doi:, a doi.org address) is kept as its doi.org address; any other address as it is.
                        if (PublicationIdentifiers.Doi(preregistration) is { } registered) publication.Preregistration = PublicationIdentifiers.DoiUrl(registered);
                        else if (PublicationIdentifiers.WebAddress(preregistration) is { } registry) publication.Preregistration = registry;
                        else Report(entry.Value, $"'{name}' must be the preregistration's address (absolute http(s)) or its DOI, e.g. https://osf.io/abcde");
                        break;
                    default:
                        string? near = Text.Suggestion.Nearest(entry.Key.Value, PublicationKeys);
                        Report(entry.Key, $"unknown key '{Shorten(name)}'" + (near is null ? $"; the keys are {KeyList(PublicationKeys)}" : $"; did you mean 'publication.{near}'?"));
                        break;
                }
            }
            return publication;
        }

        /// <summary>A single line of prose of at most <see cref="MaxPublicationText"/> characters, or null (reported).</summary>
        private string? ShortText(YamlNode node, string key, string what)
        {
            if (String(node, key) is not { } text) return null;
            // A folded or literal block may end in a newline; inside, line breaks become spaces (it is shown on one line).
            string line = System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s*[\r\n]+\s*", " ");
            if (line.Length == 0)
            {
                Report(node, $"'{key}' is empty; write {what}, or remove the key");
                return null;
            }
            if (line.Any(char.IsControl))
            {
                Report(node, $"'{key}' must be text without control characters");
                return null;
            }
            if (line.Length > MaxPublicationText)
            {
                Report(node, $"'{key}' is {line.Length} characters long; at most {MaxPublicationText}");
                return null;
            }
            return line;
        }

        private IReadOnlyList<PublicationAuthor> PublicationAuthors(YamlScalar key, YamlNode node)
        {
            var list = new List<PublicationAuthor>();
            if (node is YamlScalar { IsNull: true }) return list;
            var items = node is YamlSequence seq ? seq.Items : node is YamlScalar ? new List<YamlNode> { node } : null;
            if (items is null)
            {
                Report(key, "'publication.authors' must be a list of names, or of mappings such as { name: R. Halvorsen, orcid: 0000-0002-1825-0097 }");
                return list;
            }
            foreach (var item in items)
            {
                if (item is YamlScalar scalar)
                {
                    if (ShortText(scalar, "publication.authors", "the author's name") is { } name) list.Add(new PublicationAuthor(name));
                    continue;
                }
                if (item is not YamlMapping author)
                {
                    Report(item, "each author under 'publication.authors' must be a name, or a mapping { name:, orcid:, affiliation: }");
                    continue;
                }
                string? authorName = null, orcid = null, affiliation = null;
                bool usable = true;
                foreach (var entry in author.Entries)
                {
                    switch (entry.Key.Value)
                    {
                        case "name":
                            authorName = ShortText(entry.Value, "publication.authors.name", "the author's name");
                            break;
                        case "affiliation":
                            affiliation = ShortText(entry.Value, "publication.authors.affiliation", "the author's affiliation");
                            break;
                        case "orcid":
                            if (String(entry.Value, "publication.authors.orcid") is not { } written) break;
                            orcid = PublicationIdentifiers.Orcid(written, out string? problem);
                            if (orcid is null)
                            {
                                Report(entry.Value, $"'publication.authors.orcid' {problem}");
                                usable = false;
                            }
                            break;
                        default:
                            Report(entry.Key, $"unknown key 'publication.authors.{Shorten(entry.Key.Value)}'; the keys are {KeyList(PublicationAuthorKeys)}");
                            break;
                    }
                }
                if (authorName is null)
                {
                    if (!author.Entries.Any(e => e.Key.Value == "name")) Report(author, "an author under 'publication.authors' needs name:, e.g. { name: R. Halvorsen, orcid: 0000-0002-1825-0097 }");
                    continue;
                }
                // An author whose iD was wrong is still an author: named without the iD, the problem reported above.
                list.Add(new PublicationAuthor(authorName, usable ? orcid : null, affiliation));
            }
            return list;
        }

        private IReadOnlyList<PageEntry> Pages(YamlNode node)
        {
            var list = new List<PageEntry>();
            var items = node is YamlSequence seq ? seq.Items : new List<YamlNode> { node };
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item is not YamlScalar { IsNull: false } s)
                {
                    Report(item, "each page must be a file name, e.g. pages: [introduction.md, results.md]");
                    continue;
                }
                if (HasControlCharacter(s.Value))
                {
                    Report(s, "each page must be a file name without control characters");
                    continue;
                }
                string normalized = StudyLayout.Normalize(s.Value);
                if (seen.TryGetValue(normalized, out var first))
                {
                    // Read once: a page read twice would report each of its problems twice and publish it twice.
                    Report(s, $"the page '{Shorten(normalized)}' is listed twice in pages: (first at line {first.Line}, column {first.Column}); keep one");
                    continue;
                }
                seen[normalized] = s;
                list.Add(new PageEntry(s.Value, s.Line, s.Column, Math.Max(1, s.End - s.Start)));
            }
            return list;
        }

        private IReadOnlyDictionary<string, Severity> Rules(YamlScalar key, YamlNode node)
        {
            var result = new Dictionary<string, Severity>(StringComparer.Ordinal);
            if (node is not YamlMapping map)
            {
                Report(key, "'rules' must map rule IDs to error, warning, info or none, e.g. FG0003: none");
                return result;
            }
            foreach (var entry in map.Entries)
            {
                var rule = RuleTable.Find(entry.Key.Value);
                if (rule is null)
                {
                    Report(entry.Key, $"'{Shorten(entry.Key.Value)}' is not a FindingsGen rule ID ({RuleTable.All[0].Id} … {RuleTable.All[RuleTable.All.Count - 1].Id})");
                    continue;
                }
                if (entry.Value is YamlScalar value && SeverityNames.TryParse(value.Value, out var severity))
                {
                    // A warning does not fail a check, so anything below error would let a build publish unscreened quotations.
                    if (IsGuardRule(rule.Id) && severity != Severity.Error)
                        Report(entry.Value, $"{rule.Id} guards the private identifiers screen and cannot be switched off or lowered; remove this entry");
                    else result[rule.Id] = severity;
                }
                else Report(entry.Value, $"the severity of {rule.Id} must be error, warning, info or none");
            }
            return result;
        }

        /// <summary>A path with a NUL or another control character names no file, and the file system API throws on it.</summary>
        private static bool HasControlCharacter(string path) => path.Any(char.IsControl);
    }
}
