using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Rules;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Text;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Files;

/// <summary>
/// The one place a study is read from disk, for every host: <c>findings check</c>, <c>build</c> and <c>serve</c> load it
/// with <see cref="Load"/>; the MSBuild step (<see cref="BuildFiles"/>) reads the manifest and vets each study file with
/// <see cref="ReadManifest"/> and <see cref="ReadStudyFile"/>, and hands the analyzer what it decided as AdditionalFiles
/// metadata. Which files are pages is decided in the core (<c>StudyLayout</c>), for all three.
/// </summary>
public static class StudyLoader
{
    /// <summary>The published section on the manifest (a user's installed tool has no docs/ folder to point at).</summary>
    private const string ManifestHelpUrl = RuleTable.DocsBaseUrl + "language.md#the-manifest-findingsyml";

    /// <summary>
    /// Loads the study, or returns null with a one-line reason when the command cannot run (exit code 2). The transcripts
    /// are indexed into <paramref name="cache"/> (the host's: tracing then finds them indexed); null: tracing indexes them.
    /// <paramref name="transcriptsVariable"/> false ignores FINDINGS_TRANSCRIPTS (findings new checks its own transcripts).
    /// <paramref name="codingOverride"/> is <c>--coding</c>: the REFI-QDA project to check against instead of <c>coding:</c>'s.
    /// </summary>
    public static LoadedStudy? Load(string path, out string? error, TracingCache? cache = null, bool transcriptsVariable = true, string? codingOverride = null)
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
            // The installed tool has no docs/ folder beside it: name the command that starts a study, and the published page.
            error = $"findings: no {StudyManifest.FileName} in '{path}'; a study folder needs one: run 'findings new' to start a study, or see {ManifestHelpUrl}";
            return null;
        }

        var diagnostics = new DiagnosticList();
        if (ReadManifest(root, diagnostics, out string? unreadable) is not { } manifest)
        {
            error = $"findings: {unreadable}";
            return null;
        }
        var input = new StudyInput(manifest, diagnostics.Items.ToList()) { Parallelism = Environment.ProcessorCount };
        // A manifest that could not be read is all there is to report: no page and no transcript is read, since
        // without a sound pages: and transcripts.path a transcript could be taken for a page.
        if (!manifest.IsReadable) return new LoadedStudy(root, input, Task.FromResult<TracingInput?>(null), TranscriptIdentities.None);

        // The transcripts (hashing them, and opening any Word file) are read on another core while the pages are read and parsed.
        string? transcriptsOverride = transcriptsVariable ? Environment.GetEnvironmentVariable(TranscriptFolder.EnvironmentVariable) : null;
        // With a cache, each transcript is indexed on the thread that read it, as soon as it is read, and its text let go:
        // tracing finds every index built, and a large study's texts (twice their size on disk as UTF-16) are never all
        // held at once. Without one (findings transcripts, which shows how each was read), the texts are kept.
        var tracing = Task.Run<TracingInput?>(() =>
        {
            // The linked coding is private data too (a project holds whole transcripts): read here, off the pages' path.
            input.Coding = Coding.CodingFiles.Read(root, manifest, codingOverride);
            var interviewer = manifest.Transcripts?.Interviewer ?? Array.Empty<string>();
            var declared = SpeakerRoles.DeclaredLabels(manifest);
            System.Func<TranscriptSource, TranscriptSource>? prepare = cache is null ? null : source => cache.IndexAndRelease(source, interviewer, declared);
            var read = PrivateData.Read(root, manifest, transcriptsOverride, Environment.ProcessorCount, prepare);
            read.Cache = cache;
            return read;
        });
        // What is a transcript is decided by the file's identity, whatever the path that reaches it (a link, a "..").
        var transcripts = TranscriptIdentities.Read(root, manifest, transcriptsOverride);
        var selection = StudyLayout.Select(manifest, StudyFiles(root), OverrideFolder(root, manifest, transcriptsOverride));
        selection.ReadInto(input, page => transcripts.TranscriptAt(Path.Combine(root, page)), (page, entry) => ReadPage(root, page, entry));
        return new LoadedStudy(root, input, tracing, transcripts);
    }

    /// <summary>
    /// The study's findings.yml, read like every other study file: one that is a link out of the study, a FIFO or missing
    /// gives null and <paramref name="problem"/> (no command can run); one too large or not UTF-8 gives an FG0201 in
    /// <paramref name="diagnostics"/> and a manifest that is not <see cref="StudyManifest.IsReadable"/>.
    /// </summary>
    public static StudyManifest? ReadManifest(string root, DiagnosticList diagnostics, out string? problem)
    {
        problem = null;
        // A huge one is not read whole.
        var manifestRead = ReadStudyFile(root, StudyManifest.FileName);
        if (manifestRead.Bytes is null && manifestRead.Refusal != FileRefusal.TooLarge)
        {
            problem = manifestRead.Problem;
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
        return manifestText.Length == 0 && diagnostics.Items.Count > 0 ? new StudyManifest() : FindingsChecker.ReadManifest(manifestText, diagnostics);
    }

    /// <summary>
    /// A study file (findings.yml, findings.lock or a page; <paramref name="relative"/> is study-relative) read through the one
    /// contained reader with the limit of its kind: a file that is (or lies in a folder that is) a link out of the study,
    /// a FIFO, a folder or an oversized file is refused, and its content reaches no output.
    /// </summary>
    public static FileRead ReadStudyFile(string root, string relative)
    {
        string name = relative.Replace('\\', '/');
        return name == StudyManifest.FileName ? ContainedFile.Read(root, relative, FileLimits.Manifest, "a manifest", StudyFolderName)
            : name == LockFile.FileName ? ContainedFile.Read(root, relative, FileLimits.Lock, "findings.lock", StudyFolderName)
            : ContainedFile.Read(root, relative, FileLimits.Page, "a page", StudyFolderName);
    }

    private const string StudyFolderName = "the study folder";

    /// <summary>A page's text, or why it cannot be read (null and no problem: the file is not there).</summary>
    private static (string? Text, Diagnostic? Problem) ReadPage(string root, string page, PageEntry? entry)
    {
        var read = ReadStudyFile(root, page);
        if (read.Bytes is not { } bytes) return (null, read.Refusal is FileRefusal.Missing ? null : FG0202MissingPage.RefusedPage(page, entry, read.Problem!));
        string? text = Utf8Text.TryDecode(bytes, out int line, out int column);
        return text is not null ? (text, null) : (null, FG0202MissingPage.At(new SourceLocation(page, line, column, line, column + 1),
            $"'{page}' is not valid UTF-8 text (first bad byte at line {line}, column {column}); save it as UTF-8"));
    }

    /// <summary>The transcripts folder FINDINGS_TRANSCRIPTS names, study-relative, when it lies inside the study: its files are never pages.</summary>
    private static IEnumerable<string> OverrideFolder(string root, StudyManifest manifest, string? transcriptsOverride)
    {
        if (string.IsNullOrEmpty(transcriptsOverride) || TranscriptFolder.Locate(root, manifest, transcriptsOverride) is not { } folder) yield break;
        if (!FolderPaths.IsInside(root, folder)) yield break;
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
        StudyTree.PagesAndManifests(root, StudyLayout.PageExtensions);
}
