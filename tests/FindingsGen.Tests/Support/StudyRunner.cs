using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Tests;

/// <summary>Runs the core on texts, as the hosts do.</summary>
public static class StudyRunner
{
    public static CheckResult Check(string manifest, params (string Path, string Text)[] pages) =>
        Check(manifest, pages.Select(p => new KeyValuePair<string, string>(p.Path, p.Text)));

    public static CheckResult Check(string manifest, IEnumerable<KeyValuePair<string, string>> pages,
        IEnumerable<KeyValuePair<string, string>>? transcripts = null, string? identifiers = null, string? lockText = null, IEnumerable<string>? unlisted = null,
        string? codingXml = null)
    {
        var diagnostics = new DiagnosticList();
        var read = FindingsChecker.ReadManifest(manifest, diagnostics);
        var input = new StudyInput(read, diagnostics.Items.ToList());
        input.Pages.AddRange(pages);
        if (unlisted is not null) input.UnlistedPages.AddRange(unlisted);
        if (transcripts is not null || identifiers is not null || lockText is not null)
        {
            var tracing = new TracingInput { IdentifiersText = identifiers, LockText = lockText };
            foreach (var t in transcripts ?? Enumerable.Empty<KeyValuePair<string, string>>())
            {
                string format = t.Key.Substring(t.Key.LastIndexOf('.') + 1);
                if (t.Key.Contains('/'))
                {
                    // A transcript in a subfolder (groups/session1.vtt) is a group transcript, named as findings check names it.
                    tracing.Groups.Add(new TranscriptSource("", "transcripts/" + t.Key, format, t.Value));
                    tracing.TranscriptsAvailable = true;
                    continue;
                }
                string id = t.Key.Substring(0, t.Key.LastIndexOf('.'));
                tracing.Transcripts[id] = new TranscriptSource(id, t.Key, format, t.Value);
                tracing.TranscriptsAvailable = true;
            }
            input.Tracing = tracing;
        }
        if (codingXml is not null && read.Coding is { } named)
        {
            // The project the manifest's coding: names, as QdaPackage reads it from a .qdpx holding this project.qde.
            var coding = new Language.Coding.CodingInput(System.IO.Path.GetFileName(named));
            coding.Project = Language.Coding.QdaProjectReader.Read(codingXml, named, _ => null, coding.Diagnostics);
            input.Coding = coding;
        }
        return FindingsChecker.Check(input);
    }

    public static string[] Lines(CheckResult result) => result.Diagnostics.Select(d => d.ToString()).ToArray();
}
