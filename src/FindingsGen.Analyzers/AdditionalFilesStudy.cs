using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FindingsGen.Language;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Rules;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Tracing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace FindingsGen.Analyzers;

/// <summary>
/// A study as the compiler sees it: the AdditionalFiles under the folder of a findings.yml, and the
/// transcripts the build step described in metadata. Builds the same <see cref="StudyInput"/> the CLI
/// builds from disk, without touching the disk.
/// </summary>
internal sealed class AdditionalFilesStudy
{
    private readonly string root;
    private readonly Dictionary<string, SourceText> texts;

    private AdditionalFilesStudy(string root, Dictionary<string, SourceText> texts, StudyInput input)
    {
        this.root = root;
        this.texts = texts;
        Input = input;
    }

    public StudyInput Input { get; }

    public static IEnumerable<AdditionalFilesStudy> FindAll(AnalyzerOptions options, CancellationToken cancellation)
    {
        foreach (var manifestFile in options.AdditionalFiles.Where(f => Path.GetFileName(f.Path) == StudyManifest.FileName).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // The build step hands over another study's findings.yml only to mark its folder as not this study's.
            if (Metadata(options, manifestFile, HostFiles.Role) == HostFiles.NestedStudyRole) continue;
            string root = Path.GetDirectoryName(manifestFile.Path) ?? "";
            yield return Create(root, manifestFile, options, cancellation);
        }
    }

    private static AdditionalFilesStudy Create(string root, AdditionalText manifestFile, AnalyzerOptions options, CancellationToken cancellation)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var byRelative = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            string? relative = Relative(root, file.Path);
            if (relative is not null && !byRelative.ContainsKey(relative)) byRelative[relative] = file;
        }

        SourceText? Text(string relative)
        {
            if (texts.TryGetValue(relative, out var known)) return known;
            var text = byRelative.TryGetValue(relative, out var file) ? file.GetText(cancellation) : null;
            if (text is not null) texts[relative] = text;
            return text;
        }

        var diagnostics = new DiagnosticList();
        var manifest = FindingsChecker.ReadManifest(Text(StudyManifest.FileName)?.ToString() ?? "", diagnostics);
        var input = new StudyInput(manifest, diagnostics.Items.ToList()) { CancellationToken = cancellation };
        // A manifest that cannot be read selects no page and hands over no transcript (StudyLayout and the build step
        // see to that): the check then reports the manifest's problem alone, as findings check does.
        if (!manifest.IsReadable) return new AdditionalFilesStudy(root, texts, input);
        // Pages the build step refused (a link out of the study, a FIFO, too large) are not AdditionalFiles; they are still pages.
        var refused = Refused(root, options, HostFiles.RefusedRole);
        // Pages the build step found to be transcripts (a link to one, another name of one): never pages, as in findings check.
        var transcripts = Refused(root, options, HostFiles.TranscriptRole);
        var selection = StudyLayout.Select(manifest, byRelative.Keys.Concat(refused.Keys).Concat(transcripts.Keys).Distinct(), TranscriptFolders(root, options));
        selection.ReadInto(input, page => transcripts.TryGetValue(page, out var transcript) ? transcript : null, (page, entry) =>
            refused.TryGetValue(page, out var problem) ? (null, FG0202MissingPage.RefusedPage(page, entry, problem)) : (Text(page)?.ToString(), null));
        input.Tracing = Tracing(root, options, cancellation, Text);
        input.Coding = Coding(options, cancellation);
        return new AdditionalFilesStudy(root, texts, input);
    }

    /// <summary>The study-relative folders of the transcripts the build step handed over (FINDINGS_TRANSCRIPTS may point inside the study).</summary>
    private static IEnumerable<string> TranscriptFolders(string root, AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (Metadata(options, file, HostFiles.Participant) is null) continue;
            string? relative = Relative(root, file.Path);
            int slash = relative?.LastIndexOf('/') ?? -1;
            if (slash > 0) yield return relative!.Substring(0, slash);
        }
    }

    private static TracingInput Tracing(string root, AnalyzerOptions options, CancellationToken cancellation, Func<string, SourceText?> text)
    {
        var tracing = new TracingInput { Parallelism = 1, LockText = text(LockFile.FileName)?.ToString(), Cache = AnalyzerCache.Tracing };
        foreach (var file in options.AdditionalFiles)
        {
            string? Get(string name) => Metadata(options, file, name);

            switch (Get(HostFiles.Role))
            {
                case HostFiles.AvailableRole:
                    tracing.TranscriptsAvailable = true;
                    continue;
                case HostFiles.TranscriptsFolderRole:
                    tracing.TranscriptsFolderProblem = Get(HostFiles.Problem);
                    continue;
                case HostFiles.IdentifiersRole:
                    if (Get(HostFiles.Problem) is { } unreadable) tracing.IdentifiersProblem = unreadable;
                    else tracing.IdentifiersText = file.GetText(cancellation)?.ToString();
                    continue;
                case HostFiles.RefusedRole:
                case HostFiles.TranscriptRole:
                    continue;
                case HostFiles.CodingRole:
                    continue; // read by Coding(), for the study input
                case HostFiles.GroupRole:
                    string group = Get(HostFiles.Name) ?? Path.GetFileName(file.Path);
                    if (Get(HostFiles.Problem) is { } groupProblem) tracing.Groups.Add(TranscriptSource.Unreadable("", group, groupProblem));
                    else if (file.GetText(cancellation) is { } groupText) tracing.Groups.Add(new TranscriptSource("", group, Get(HostFiles.Format) ?? "txt", groupText.ToString()));
                    continue;
            }
            if (Get(HostFiles.Participant) is not { } participant) continue;
            string? name = Get(HostFiles.Name);
            if (Get(HostFiles.Problem) is { } problem)
            {
                if (name is null) tracing.Missing[participant] = problem;
                else tracing.Transcripts[participant] = TranscriptSource.Unreadable(participant, name, problem);
                continue;
            }
            var content = file.GetText(cancellation);
            if (content is null) continue;
            tracing.Transcripts[participant] = new TranscriptSource(participant, name ?? Path.GetFileName(file.Path), Get(HostFiles.Format) ?? Language.Transcripts.TranscriptFormat.Text.Name, content.ToString());
        }
        return tracing;
    }

    /// <summary>
    /// The linked coding the build step read and handed over, or null (none handed over: a study whose manifest names one
    /// is then told the coding checks could not run, as the identifiers list is).
    /// </summary>
    private static Language.Coding.CodingInput? Coding(AnalyzerOptions options, CancellationToken cancellation)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (Metadata(options, file, HostFiles.Role) != HostFiles.CodingRole) continue;
            if (file.GetText(cancellation)?.ToString() is { } text) return Language.Coding.CodingHandOff.Read(text);
        }
        return null;
    }

    /// <summary>The study files the build step refused in <paramref name="role"/>, by study-relative path, with why.</summary>
    private static Dictionary<string, string> Refused(string root, AnalyzerOptions options, string role)
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            string? Get(string name) => Metadata(options, file, name);
            if (Get(HostFiles.Role) != role || Get(HostFiles.Name) is not { } path || Get(HostFiles.Problem) is not { } problem) continue;
            if (Relative(root, path) is { } relative) refused[relative] = problem;
        }
        return refused;
    }

    /// <summary>The metadata <paramref name="name"/> the build step (StudyLoader's side, BuildFiles) gave <paramref name="file"/>, or null.</summary>
    private static string? Metadata(AnalyzerOptions options, AdditionalText file, string name) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles." + name, out var raw) && raw.Length > 0 ? HostFiles.Decode(raw) : null;

    private static string? Relative(string root, string path)
    {
        string prefix = root.EndsWith("/", StringComparison.Ordinal) || root.EndsWith("\\", StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return path.Substring(prefix.Length).Replace('\\', '/');
    }

    /// <summary>The compiler diagnostic for a core diagnostic, located in its .md or .yml file.</summary>
    public RoslynDiagnostic ToRoslyn(Language.Diagnostics.Diagnostic diagnostic)
    {
        var where = diagnostic.Location;
        string path = Path.Combine(root, where.File.Replace('/', Path.DirectorySeparatorChar));
        var start = new LinePosition(Math.Max(0, where.Line - 1), Math.Max(0, where.Column - 1));
        var end = new LinePosition(Math.Max(0, where.EndLine - 1), Math.Max(0, where.EndColumn - 1));
        var span = texts.TryGetValue(where.File, out var text) ? Span(text, start, end) : default;
        var location = Location.Create(path, span, new LinePositionSpan(start, end));
        return RoslynDiagnostic.Create(Descriptors.ById[diagnostic.Id], location, Descriptors.ToRoslyn(diagnostic.Severity), null, null, diagnostic.Message);
    }

    private static TextSpan Span(SourceText text, LinePosition start, LinePosition end)
    {
        int Offset(LinePosition p)
        {
            if (p.Line >= text.Lines.Count) return text.Length;
            var line = text.Lines[p.Line];
            return Math.Min(line.Start + p.Character, line.EndIncludingLineBreak);
        }
        int a = Offset(start);
        return TextSpan.FromBounds(a, Math.Max(a, Offset(end)));
    }
}
