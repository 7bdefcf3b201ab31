using System.IO;
using System.Linq;
using System.Text;

namespace FindingsGen.Tests;

/// <summary>One study whose participants L01, L02… each have a transcript in one layout of <see cref="TranscriptLayouts"/>.</summary>
public static class LayoutStudy
{
    public static string Id(int index) => "L" + (index + 1).ToString("00");

    public static TempStudy Write(string canary)
    {
        var temp = new TempStudy();
        var ids = TranscriptLayouts.All.Select((_, i) => Id(i)).ToList();
        temp.Write("findings.yml", TranscriptLayouts.Manifest(ids));
        var page = new StringBuilder("# Layouts {#layouts .theme}\n\n## All {#all .subtheme}\n\n");
        Directory.CreateDirectory(Path.Combine(temp.Path, "transcripts"));
        for (int i = 0; i < ids.Count; i++)
        {
            var layout = TranscriptLayouts.All[i];
            File.WriteAllBytes(Path.Combine(temp.Path, "transcripts", ids[i] + layout.Extension), layout.Write(ids[i], canary));
            page.Append(TranscriptLayouts.Page(ids[i], layout.HasSpeakers)).Append('\n');
        }
        temp.Write("results.md", page.ToString());
        return temp;
    }
}
