using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Files;
using FindingsGen.Files.NewStudy;
using FindingsGen.Language;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary>
/// <c>findings import PROJECT.qdpx [DIR] [--themes-from CODE|top]</c>: a new study from a QDA project — the manifest,
/// the transcripts, a draft results page with a quotation per coded selection and <c>coding:</c> linking the project —
/// written all or nothing, never over an existing file, and checked before it is kept.
/// </summary>
public static class ImportCommand
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var project = new Argument<string>("project") { Description = "The REFI-QDA project (.qdpx) exported by NVivo, ATLAS.ti, MAXQDA or QualCoder" };
        var folder = new Argument<string>("dir") { Description = "The folder to start the study in (created if missing); default: the current folder", DefaultValueFactory = _ => "." };
        var themesFrom = new Option<string?>("--themes-from") { Description = "Which codes are themes: top (the top-level codes, the default) or a code's name or GUID (its subcodes)" };
        var command = new Command("import", "Start a study from a QDA project: participants, transcripts and a draft results page from the coding") { project, folder, themesFrom };
        command.SetAction(result => Run(result.GetValue(project)!, result.GetValue(folder)!, result.GetValue(themesFrom), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Reads the project and writes the study; returns 0 (written, clean), 1 (written, with errors to fix) or 2 (nothing written).</summary>
    public static int Run(string projectPath, string folder, string? themesFrom, TextWriter output, TextWriter errorOutput)
    {
        if (folder.StartsWith("-", StringComparison.Ordinal) || projectPath.StartsWith("-", StringComparison.Ordinal))
        {
            errorOutput.WriteLine($"findings import: '{(projectPath.StartsWith("-", StringComparison.Ordinal) ? projectPath : folder)}' is not an option of import (the options: --themes-from); to name a file that begins with '-', write ./ before it");
            return ExitCodes.CannotRun;
        }
        if (!PathEntry.IsFile(projectPath))
        {
            errorOutput.WriteLine($"findings import: '{projectPath}' is not a file; name the .qdpx your QDA package exported");
            return ExitCodes.CannotRun;
        }
        var diagnostics = new List<Language.Diagnostics.Diagnostic>();
        var project = Files.Coding.QdaPackage.Read(projectPath, diagnostics, Path.GetFileName(projectPath));
        if (project is null)
        {
            Diagnostics.DiagnosticFormats.WriteText(errorOutput, diagnostics);
            errorOutput.WriteLine($"findings import: '{projectPath}' cannot be read as a REFI-QDA project; nothing was written");
            return ExitCodes.CannotRun;
        }
        return Write(project, projectPath, folder, themesFrom, output, errorOutput);
    }

    /// <summary>Writes the study drafted from <paramref name="project"/> (read from <paramref name="projectPath"/>) into <paramref name="folder"/>.</summary>
    public static int Write(QdaProject project, string projectPath, string folder, string? themesFrom, TextWriter output, TextWriter errorOutput)
    {
        if (folder.Trim().Length == 0)
        {
            errorOutput.WriteLine("findings import: the folder name is empty; name a folder, or leave it out to start the study in the current folder");
            return ExitCodes.CannotRun;
        }
        string root, codingPath;
        try
        {
            root = Path.GetFullPath(folder);
            codingPath = Path.GetRelativePath(root, Path.GetFullPath(projectPath)).Replace('\\', '/');
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            errorOutput.WriteLine($"findings import: cannot use '{folder}': {e.Message.TrimEnd('.')}; nothing was written");
            return ExitCodes.CannotRun;
        }
        var draft = QdaImporter.Draft(project, themesFrom, codingPath, Path.GetFileName(projectPath));
        if (draft.Problem is not null)
        {
            errorOutput.WriteLine("findings import: " + draft.Problem + "; nothing was written");
            return ExitCodes.CannotRun;
        }

        // Refuse the whole import when any file it would write is there already: never half a study over another one.
        var existing = draft.Files.Select(f => f.Key).Append(LockFile.FileName).Append(CodingRecord.FileName).Where(p => PathEntry.Exists(Path.Combine(root, p))).ToList();
        if (PathEntry.IsFile(root)) existing.Add(folder + " (a file, not a folder)");
        if (existing.Count > 0)
        {
            errorOutput.WriteLine($"findings import: nothing was written: {(existing.Count == 1 ? "this file is" : "these files are")} already in '{folder}' (import never overwrites a file):");
            foreach (string path in existing) errorOutput.WriteLine("  " + path);
            errorOutput.WriteLine("Import into a new folder: findings import " + projectPath + " NEW-FOLDER");
            return ExitCodes.CannotRun;
        }

        SkeletonWriter? writer;
        try
        {
            writer = SkeletonWriter.Open(folder, force: true, out string? refusal);
            if (writer is null)
            {
                errorOutput.WriteLine((refusal ?? "findings import: the folder cannot be used").Replace("findings new", "findings import"));
                return ExitCodes.CannotRun;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errorOutput.WriteLine($"findings import: cannot use '{folder}': {e.Message.TrimEnd('.')}; nothing was written");
            return ExitCodes.CannotRun;
        }

        using (writer)
        {
            CheckResult result;
            try
            {
                foreach (var file in draft.Files)
                {
                    if (!writer.Add(file.Key, Utf8.GetBytes(file.Value)))
                    {
                        errorOutput.WriteLine($"findings import: {file.Key} appeared while the study was written; nothing was written");
                        return ExitCodes.CannotRun;
                    }
                }
                // Privacy by default: the transcripts and the project (it holds them all) stay out of git. A .gitignore
                // of the user's is kept; the report says when it lacks these lines.
                writer.Add(".gitignore", Utf8.GetBytes(GitIgnore(codingPath)));
                var study = StudyLoader.Load(writer.Root, out string? loadError, new TracingCache(), transcriptsVariable: false);
                if (study is null)
                {
                    errorOutput.WriteLine((loadError ?? "findings import: the new study cannot be read") + "; nothing was written");
                    return ExitCodes.CannotRun;
                }
                // The project is in memory already: the coding checks run against it, whatever the loader made of coding: from
                // the folder being written (its relative path may not reach the project from there).
                study.Input.Coding = new CodingInput(Path.GetFileName(projectPath)) { Project = project };
                result = FindingsChecker.Check(study.Input);
                // The locks vouch for the quotations and the coding where the transcripts and the project are absent
                // (public CI), as findings new's lock does.
                writer.Add(LockFile.FileName, Utf8.GetBytes(LockWriter.Text(result)));
                if (result.CodingRecordText is { } record) writer.Add(CodingRecord.FileName, Utf8.GetBytes(record));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errorOutput.WriteLine($"findings import: {e.Message.TrimEnd('.')}; nothing was written");
                return ExitCodes.CannotRun;
            }
            writer.Commit();
            Report(folder, projectPath, draft, writer, result, output);
            return result.Errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
        }
    }

    private static string GitIgnore(string codingPath)
    {
        var b = new StringBuilder();
        b.Append("# Privacy by default: the transcripts and the QDA project (it holds every transcript) never go into git.\n");
        b.Append("# findings.lock (committed) vouches for the quotations where the transcripts are absent.\n");
        b.Append("transcripts/\n*.qdpx\n");
        if (!codingPath.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(codingPath) && !codingPath.EndsWith(".qdpx", StringComparison.OrdinalIgnoreCase))
            b.Append(codingPath).Append('\n');
        b.Append("identifiers.txt\nbin/\nobj/\n_site/\nfindings.sarif\n");
        return b.ToString();
    }

    private static void Report(string folder, string projectPath, ImportDraft draft, SkeletonWriter writer, CheckResult result, TextWriter output)
    {
        output.WriteLine($"findings import: started a study in {(folder == "." ? "the current folder" : folder)} from {projectPath}: " +
                         $"{draft.Participants} participant(s), {draft.Themes} theme(s), {draft.Subthemes} subtheme(s), {draft.Quotations} quotation(s)");
        foreach (string path in writer.Written) output.WriteLine("  wrote " + path);
        foreach (string path in writer.Kept)
        {
            output.WriteLine("  kept  " + path);
            if (path == ".gitignore" && writer.LinesMissingFrom(".gitignore", new[] { "transcripts/", "*.qdpx" }) is { Count: > 0 } missing)
                output.WriteLine($"Warning: your .gitignore was kept, and it does not keep private files out of git: add {string.Join(" and ", missing)} to it before you commit.");
        }
        foreach (string note in draft.Notes) output.WriteLine("Note: " + note);
        if (result.Errors > 0 || result.Warnings > 0)
        {
            output.WriteLine($"The new study has {result.Errors} error(s) and {result.Warnings} warning(s):");
            Diagnostics.DiagnosticFormats.WriteText(output, result.Diagnostics);
        }
        else
        {
            output.WriteLine($"findings check: clean \u2014 {result.Study.Quotations.Count} quotation(s), {result.TracedQuotations} traced");
        }
        output.WriteLine($"Next: keep the quotations that make each point, write each subtheme's account and claims ({Language.Diagnostics.RuleTable.DocsBaseUrl}qda.md), then");
        output.WriteLine($"  findings check {folder}     # the claims against the transcripts and the coding");
        output.WriteLine($"  findings build {folder}     # the website");
    }
}
