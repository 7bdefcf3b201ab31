using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Tests;

/// <summary>
/// A small coded study for the coding rules, built in memory: five participants, codes "Peer support" › "Peers who
/// understand" and "Family", one source per participant, and the selections each test asks for.
/// </summary>
public static class CodingStudies
{
    public const string Manifest =
        "title: Coding\nparticipants: { T1: {}, T2: {}, T3: {}, T4: {}, T5: {} }\nfrequency: { all: 5, most: 4, some: 3, two: 2, one: 1 }\n" +
        "rules: { FG0008: none }\ncoding: ../private/project.qdpx\n";

    public const string Peer = "9b7c1a10-0000-4000-8000-000000000001", Understand = "9b7c1a10-0000-4000-8000-000000000002", Family = "9b7c1a10-0000-4000-8000-000000000003";

    /// <summary>Each participant's source: what they said, one sentence under peers and one under family.</summary>
    public static string Text(string id) =>
        $"I: What helped?\n{id}: Talking with others who had been through it helped me a lot.\nI: And at home?\n{id}: My sister came every Sunday, and that kept me going.\n";

    /// <summary>A selection of <paramref name="words"/> in <paramref name="text"/>, as UTF-16 positions.</summary>
    public static (int Start, int End) Span(string text, string words)
    {
        int start = text.IndexOf(words, System.StringComparison.Ordinal);
        return (start, start + words.Length);
    }

    /// <summary>
    /// A project where each participant in <paramref name="peers"/> has the peers sentence coded under <paramref name="peerCode"/>
    /// and each in <paramref name="family"/> the family sentence under Family.
    /// </summary>
    public static QdaProject Project(IEnumerable<string> peers, IEnumerable<string>? family = null, string peerCode = Understand,
        System.Func<string, string>? text = null, System.Func<string, string, (int, int)>? span = null, IEnumerable<QdaCode>? extraCodes = null)
    {
        text ??= Text;
        span ??= Span;
        var sources = new List<QdaSource>();
        var cases = new List<QdaCase>();
        var peerSet = peers.ToHashSet();
        var familySet = (family ?? new string[0]).ToHashSet();
        foreach (var id in new[] { "T1", "T2", "T3", "T4", "T5" })
        {
            string guid = $"5005ce00-0000-4000-8000-00000000000{id[1]}";
            string t = text(id);
            var selections = new List<QdaSelection>();
            if (peerSet.Contains(id))
            {
                var (s, e) = span(t, "Talking with others who had been through it helped me a lot.");
                selections.Add(new QdaSelection("se1ec000-0000-4000-8000-00000000001" + id[1], guid, s, e, new[] { peerCode }));
            }
            if (familySet.Contains(id))
            {
                var (s, e) = span(t, "My sister came every Sunday, and that kept me going.");
                selections.Add(new QdaSelection("se1ec000-0000-4000-8000-00000000002" + id[1], guid, s, e, new[] { Family }));
            }
            sources.Add(new QdaSource(guid, id + " interview", "internal://" + guid + ".txt", t, selections));
            cases.Add(new QdaCase("ca5e0000-0000-4000-8000-00000000000" + id[1], id, new Dictionary<string, string>(), new[] { guid }));
        }
        var codes = new List<QdaCode>
        {
            new(Peer, "Peer support", null, new[] { new QdaCode(Understand, "Peers who understand", null, new QdaCode[0]) }),
            new(Family, "Family", "Support at home", new QdaCode[0]),
        };
        if (extraCodes is not null) codes.AddRange(extraCodes);
        return new QdaProject("Coding study", codes, cases, sources);
    }

    /// <summary>The page: a theme and subtheme tied to codes, with the claim and quotation given.</summary>
    public static string Page(string claim, string quotation = "::: {.quote from=T1}\nTalking with others who had been through it helped me\n:::\n",
        string subthemeCode = "Peers who understand", string themeCode = "Peer support") =>
        $"# Support {{#support .theme code=\"{themeCode}\"}}\n\n## Peers who understand {{#peers .subtheme code=\"{subthemeCode}\"}}\n\n{claim}\n\n{quotation}";

    /// <summary>Checks the page against a project (or, with <paramref name="project"/> null, the record alone).</summary>
    public static CheckResult Check(string page, QdaProject? project, string? record = null, string manifest = Manifest)
    {
        var diagnostics = new DiagnosticList();
        var read = FindingsChecker.ReadManifest(manifest, diagnostics);
        var input = new StudyInput(read, diagnostics.Items.ToList());
        input.Pages.Add(new KeyValuePair<string, string>("results.md", page));
        input.Coding = new CodingInput("project.qdpx") { Project = project, ProjectMissing = project is null, RecordText = record,
            Problem = project is null ? "'../private/project.qdpx' does not exist" : null };
        return FindingsChecker.Check(input);
    }

    public static string[] Lines(CheckResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();
}
