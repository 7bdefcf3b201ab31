using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;

namespace FindingsGen.Cli;

/// <summary>Reads a study folder from disk into the core's <see cref="StudyInput"/>.</summary>
public sealed class StudyFolder
{
    private readonly StudyInput input;
    private System.Threading.Tasks.Task<Language.Tracing.TracingInput?>? pendingTracing;

    private StudyFolder(string root, StudyInput input, System.Threading.Tasks.Task<Language.Tracing.TracingInput?> tracing, Files.TranscriptIdentities transcripts)
    {
        Root = root;
        this.input = input;
        pendingTracing = tracing;
        Transcripts = transcripts;
    }

    /// <summary>The study's transcripts by identity: no page and no template override may be one of them.</summary>
    public Files.TranscriptIdentities Transcripts { get; }

    /// <summary>The study folder, absolute.</summary>
    public string Root { get; }

    /// <summary>The texts for the core, transcripts included (waits for them: they are read in the background while pages are parsed).</summary>
    public StudyInput Input
    {
        get
        {
            if (pendingTracing is { } reading)
            {
                input.Tracing = reading.GetAwaiter().GetResult();
                pendingTracing = null;
            }
            return input;
        }
    }

    /// <summary>The manifest and the pages, without waiting for the transcripts: enough to parse.</summary>
    public StudyInput PagesInput => input;

    /// <summary>The manifest.</summary>
    public StudyManifest Manifest => input.Manifest;

    /// <summary>
    /// Loads the study, or returns null with a one-line reason when the command cannot run (exit code 2). The transcripts
    /// are indexed into <paramref name="cache"/> (the host's: tracing then finds them indexed); null: tracing indexes them.
    /// </summary>
    public static StudyFolder? Load(string path, out string? error, Language.Tracing.TracingCache? cache = null)
    {
        error = null;
        string root = Path.GetFullPath(path);
        if (!Directory.Exists(root))
        {
            error = $"findings: the study folder '{path}' does not exist";
            return null;
        }
        string manifestPath = Path.Combine(root, StudyManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            error = $"findings: no {StudyManifest.FileName} in '{path}'; a study folder needs one (see docs/language.md)";
            return null;
        }

        var diagnostics = new DiagnosticList();
        // Read like every other study file: a findings.yml that is a link out of the study is refused, and a huge one is not read whole.
        var manifestRead = Files.ContainedFile.Read(root, StudyManifest.FileName, Files.FileLimits.Manifest, "a manifest", "the study folder");
        if (manifestRead.Bytes is null && manifestRead.Refusal != Files.FileRefusal.TooLarge)
        {
            error = $"findings: {manifestRead.Problem}";
            return null;
        }
        string manifestText = "";
        if (manifestRead.Bytes is not { } manifestBytes)
        {
            diagnostics.Add(RuleTable.FG0201, SourceLocation.StartOf(StudyManifest.FileName), manifestRead.Problem! + "; a manifest never needs that much");
        }
        else if (Utf8Text.TryDecode(manifestBytes, out int badLine, out int badColumn) is { } decoded)
        {
            manifestText = decoded;
        }
        else
        {
            diagnostics.Add(RuleTable.FG0201, new SourceLocation(StudyManifest.FileName, badLine, badColumn, badLine, badColumn + 1),
                "findings.yml is not valid UTF-8 text; save it as UTF-8");
        }
        var manifest = manifestText.Length == 0 && diagnostics.Items.Count > 0 ? new StudyManifest() : FindingsChecker.ReadManifest(manifestText, diagnostics);
        var input = new StudyInput(manifest, diagnostics.Items.ToList()) { Parallelism = Environment.ProcessorCount };
        // A manifest that could not be read is all there is to report: no page and no transcript is read, since
        // without a sound pages: and transcripts.path a transcript could be taken for a page.
        if (!manifest.IsReadable) return new StudyFolder(root, input, System.Threading.Tasks.Task.FromResult<Language.Tracing.TracingInput?>(null), Files.TranscriptIdentities.None);

        // The transcripts (hashing them, and opening any Word file) are read on another core while the pages are read and parsed.
        string? transcriptsOverride = Environment.GetEnvironmentVariable(Files.TranscriptFolder.EnvironmentVariable);
        var tracing = System.Threading.Tasks.Task.Run<Language.Tracing.TracingInput?>(() =>
        {
            var read = Files.PrivateData.Read(root, manifest, transcriptsOverride, Environment.ProcessorCount);
            read.Cache = cache;
            if (cache is null) return read;
            // Index them too while the pages are parsed: tracing then finds every index built (the cache is thread-safe).
            var interviewer = manifest.Transcripts?.Interviewer ?? Array.Empty<string>();
            var declared = Language.Tracing.SpeakerRoles.DeclaredLabels(manifest);
            foreach (var source in read.Transcripts.Values)
            {
                if (source.Text is not null) cache.Index(source, interviewer, declared);
            }
            return read;
        });
        // What is a transcript is decided by the file's identity, whatever the path that reaches it (a link, a "..").
        var transcripts = Files.TranscriptIdentities.Read(root, manifest, transcriptsOverride);
        var selection = StudyLayout.Select(manifest, StudyFiles(root), OverrideFolder(root, manifest, transcriptsOverride));
        selection.ReadInto(input, page => transcripts.TranscriptAt(Path.Combine(root, page)), (page, entry) =>
        {
            // Read through the one contained reader: a page that is (or lies in a folder that is) a link out of the
            // study, a FIFO, a folder or an oversized file is refused, and its content reaches no output.
            var read = Files.ContainedFile.Read(root, page, Files.FileLimits.Page, "a page", "the study folder");
            if (read.Bytes is not { } bytes) return (null, read.Refusal is Files.FileRefusal.Missing ? null : FileProblem.RefusedPage(page, entry, read.Problem!));
            string? text = Utf8Text.TryDecode(bytes, out int line, out int column);
            return text is not null ? (text, null) : (null, new FileProblem(new SourceLocation(page, line, column, line, column + 1),
                $"'{page}' is not valid UTF-8 text (first bad byte at line {line}, column {column}); save it as UTF-8"));
        });
        return new StudyFolder(root, input, tracing, transcripts);
    }

    /// <summary>The transcripts folder FINDINGS_TRANSCRIPTS names, study-relative, when it lies inside the study: its files are never pages.</summary>
    private static IEnumerable<string> OverrideFolder(string root, StudyManifest manifest, string? transcriptsOverride)
    {
        if (string.IsNullOrEmpty(transcriptsOverride) || Files.TranscriptFolder.Locate(root, manifest, transcriptsOverride) is not { } folder) yield break;
        if (!Files.FolderPaths.IsInside(root, folder)) yield break;
        string relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
        if (relative == ".") yield break; // the study folder itself: the pattern decides which files are transcripts
        yield return relative;
    }

    /// <summary>
    /// Every <c>*.md</c>, <c>*.qmd</c> and findings.yml below the study folder, study-relative, found in one walk;
    /// StudyLayout decides which are pages (a folder with its own findings.yml is another study's).
    /// </summary>
    private static IEnumerable<string> StudyFiles(string root) =>
        // Found by the file layer, which never walks a linked folder twice (a link to "." would otherwise never end).
        Files.StudyTree.PagesAndManifests(root, StudyLayout.PageExtensions);
}
