using System.IO;

namespace FindingsGen.Tests;

/// <summary>
/// A study of QdaProjects.Garden with its coding linked: TEMP/study (findings.yml, results.md, the transcripts) and the
/// project at TEMP/private/garden.qdpx, in the shape of the package asked for. Its themes and subtheme rest on the
/// project's codes, and it agrees with the coding.
/// </summary>
public static class CodedGardenStudy
{
    public const string Manifest =
        "title: Rooted\nparticipants: { P1: {}, P2: {}, P3: {}, P4: {} }\nfrequency: { all: 4, most: 3, some: 2, one: 1 }\n" +
        "rules: { FG0008: none }\ncoding: ../private/garden.qdpx\ntranscripts:\n  path: transcripts/{id}.txt\n  interviewer: [Interviewer]\n";

    public const string Page =
        "# Belonging {#belonging .theme code=\"Belonging\"}\n\n" +
        "## Peers who understand {#peers .subtheme code=\"Peer support\"}\n\n" +
        "[Most participants]{.freq of=\"P1 P2 P3\"} found help among the others.\n\n" +
        "::: {.quote from=P1}\nYou kneel next to someone for an hour and you end up telling them things you would not tell your sister.\n:::\n\n" +
        "::: {.quote from=P3}\nif I stopped coming, someone would knock on my door\n:::\n\n" +
        "# Respite {#respite .theme code=\"Respite\"}\n\n" +
        "## Quiet {#quiet .subtheme code=\"Quiet and nature\"}\n\n" +
        "[One participant]{.freq of=\"P3\"} came for the quiet.\n\n" +
        "::: {.quote from=P3}\nMy flat faces the motorway, and here I can hear the bees.\n:::\n";

    /// <summary>Writes the study in <c>TEMP/study</c> with its project in <c>TEMP/private/garden.qdpx</c>.</summary>
    public static (TempStudy Temp, string Study, string Project) Write(QdaShape shape, string page = Page, string manifest = Manifest)
    {
        var temp = new TempStudy();
        temp.Write("study/findings.yml", manifest);
        temp.Write("study/results.md", page);
        // The transcripts, as the package holds them: the quotations are traced as in any study.
        foreach (var participant in QdaProjects.Garden.Participants) temp.Write($"study/transcripts/{participant.Id}.txt", participant.Transcript);
        string project = Path.Combine(temp.Path, "private", "garden.qdpx");
        Directory.CreateDirectory(Path.GetDirectoryName(project)!);
        QdaProjects.Write(project, shape, QdaProjects.Garden);
        return (temp, Path.Combine(temp.Path, "study"), project);
    }
}
