using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using FindingsGen.Language;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Tracing;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Small invented studies for the REFI-QDA export and import tests.</summary>
public static class QdaStudies
{
    /// <summary>
    /// Two themes, three subthemes, three participants with text, integer, decimal and yes/no attributes; T1's transcript
    /// has CRLF line ends and an emoji before its quotation (so UTF-16 indices and code points differ); one heading names
    /// a QDA code's GUID in <c>code=</c>.
    /// </summary>
    public static TempStudy Write()
    {
        var study = new TempStudy();
        study.Write("findings.yml", """
            title: Walking home
            participants:
              T1: { setting: hospital, years: 12, fte: 0.8, supervised: true }
              T2: { setting: private practice, years: "0123", fte: 1.0, supervised: false }
              T3: { setting: school, years: 3, fte: 0.5, supervised: true }
            transcripts:
              path: transcripts/{id}.*
              interviewer: [I]
            pages: [results.md]
            """);
        study.Write("results.md", """
            # Leaving the day behind {#leaving .theme}

            ## The walk home {#walk .subtheme code="{6F9619FF-8B86-D011-B42D-00CF4FC964FF}"}

            ::: {.quote from=T1}
            By the second bridge I have usually stopped replaying the day.
            :::

            ::: {.quote from=T3}
            I walk the long way ... and the day goes quiet.
            :::

            ## Rituals at the door {#rituals .subtheme}

            Questions must be asked ["gently"]{.quote from="T2"}, she said.

            # Keeping going {#keeping .theme}

            ## Peers {#peers .subtheme}

            ::: {.quote from="T2 T3"}
            Nobody there is a patient
            :::
            """);
        File.WriteAllText(Path.Combine(study.Path, "transcripts", "T1.txt").Also(Directory.CreateDirectory(Path.Combine(study.Path, "transcripts"))),
            "I: How do you leave work?\r\nT1: \U0001F6B6 Mostly on foot. By the second bridge I\r\nhave usually stopped replaying the day. Then dinner.\r\n", new UTF8Encoding(false));
        study.Write("transcripts/T2.txt", "I: And the questions?\nT2: They must be asked gently, or not at all.\nI: Your group?\nT2: Nobody there is a patient, which helps.\n");
        study.Write("transcripts/T3.txt", "I: Tell me about the evening.\nT3: I walk the long way past the river and the day goes quiet.\nI: And your peers?\nT3: Nobody there is a patient at all.\n");
        return study;
    }

    /// <summary>The text of one entry of a zip.</summary>
    public static string Entry(string zipPath, string name)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entry = zip.GetEntry(name) ?? throw new FileNotFoundException(name);
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static (int Exit, string Output, string Error) Import(string project, string folder, string? themesFrom = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = FindingsGen.Cli.ImportCommand.Run(project, folder, themesFrom, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Checks the study with its coding: the project read from where <c>coding:</c> says (relative to the study).</summary>
    public static CheckResult Check(string folder, string project)
    {
        var input = Files.StudyLoader.Load(folder, out string? error, new TracingCache())?.Input ?? throw new InvalidOperationException(error);
        var diagnostics = new List<Language.Diagnostics.Diagnostic>();
        input.Coding ??= new CodingInput(Path.GetFileName(project)) { Project = Files.Coding.QdaPackage.Read(project, diagnostics) };
        Assert.Empty(diagnostics);
        return FindingsChecker.Check(input);
    }

    private static string Also(this string path, object _) => path;
}
