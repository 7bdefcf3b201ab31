using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>
/// Where a coding is linked, the site shows it: Table 1's coded count beside each theme and subtheme, the matrix's quoted
/// versus coded cells (● quoted and coded, ○ coded only) with a legend and accessible text, and findings.json's counts.
/// Without a coding, none of it appears (the golden sites stay as they were).
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class CodingSiteTests
{
    [Fact]
    public void Table_1_the_matrix_and_findings_json_carry_the_coded_counts()
    {
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.QualCoder);
        using (temp)
        {
            string site = Path.Combine(temp.Path, "site");
            var (outcome, output, error) = SiteBuilds.BuildWithOutput(study, site);
            Assert.True(outcome.ExitCode == 0, output + error);
            string index = File.ReadAllText(Path.Combine(site, "index.html"));

            // Table 1: a Coded column, and each row's count (Belonging counts its nested codes: P1, P2, P3).
            Assert.Contains("<th scope=\"col\" class=\"num\">Coded</th>", index);
            Assert.Contains("coded under its code in the study's coding (garden.qdpx", index);
            Assert.Contains("<a href=\"themes/belonging.html\">Belonging</a></th><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">2</td>", index);
            Assert.Contains("Peers who understand</a></th><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">2</td>", index);
            Assert.Contains("Quiet</a></th><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>", index);

            // The matrix: P1 quoted and coded, P2 coded but not quoted, P4 neither; each with its accessible text.
            Assert.Contains("aria-label=\"P1, Peers who understand: 1 quotation, coded\">1<span class=\"coded\" aria-hidden=\"true\"> ●</span>", index);
            Assert.Contains("<td class=\"coded-only\"><span aria-hidden=\"true\">○</span><span class=\"visually-hidden\">P2, Peers who understand: 0 quotations, coded</span></td>", index);
            Assert.Contains("<tr><th scope=\"row\">Participants coded</th><td>3</td><td>1</td>", index);
            Assert.Contains("beside a number, the participant is also coded under the subtheme's code", index);

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "findings.json")));
            Assert.Equal("garden.qdpx", json.RootElement.GetProperty("coding").GetProperty("source").GetString());
            var belonging = json.RootElement.GetProperty("themes")[0];
            Assert.Equal(3, belonging.GetProperty("coded").GetInt32());
            var peers = belonging.GetProperty("subthemes")[0];
            Assert.Equal(new[] { "Peer support" }, peers.GetProperty("codes").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(new[] { "P1", "P2", "P3" }, peers.GetProperty("codedParticipants").EnumerateArray().Select(e => e.GetString()));
            // No word of a source is published that the page does not quote.
            Assert.DoesNotContain("tomatoes", File.ReadAllText(Path.Combine(site, "findings.json")));
        }
    }

    [Fact]
    public void Without_a_coding_the_site_shows_no_coded_column()
    {
        var (temp, study, _) = CodedGardenStudy.Write(QdaShape.QualCoder, manifest: CodedGardenStudy.Manifest.Replace("coding: ../private/garden.qdpx\n", ""));
        using (temp)
        {
            string site = Path.Combine(temp.Path, "site");
            Assert.Equal(0, SiteBuilds.Build(study, site).ExitCode);
            string index = File.ReadAllText(Path.Combine(site, "index.html"));
            Assert.DoesNotContain(">Coded</th>", index);
            Assert.DoesNotContain("coded-only", index);
            Assert.DoesNotContain("\"coding\"", File.ReadAllText(Path.Combine(site, "findings.json")));
        }
    }
}
