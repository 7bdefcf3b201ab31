using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FindingsGen.Files;
using FindingsGen.Files.NewStudy;
using FindingsGen.Language;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary>
/// <c>findings new [DIR] [--force]</c>: writes a study that checks clean — manifest, pages, an invented transcript, the
/// lock, .gitignore, a GitHub Actions workflow and VS Code settings — and never writes over anything.
/// </summary>
public static class NewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The folder to start the study in (created if missing); default: the current folder", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Add the missing files to a folder that is not empty (an existing file is never overwritten)" };
        var command = new Command("new", "Start a study: a manifest, pages, a transcript, CI and editor settings, checking clean") { folder, force };
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(force), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the study; returns 0, or 2 (nothing written) when it was refused or could not be written.</summary>
    public static int Run(string folder, bool force, TextWriter output, TextWriter errorOutput)
    {
        // An option the parser did not know ("findings new -q") arrives here as the folder: never create a folder "-q".
        if (folder.StartsWith("-", StringComparison.Ordinal))
        {
            errorOutput.WriteLine($"findings new: '{folder}' is not an option of new (the options: --force); to name a folder that begins with '-', write ./{folder}");
            return ExitCodes.CannotRun;
        }
        if (folder.Trim().Length == 0)
        {
            errorOutput.WriteLine("findings new: the folder name is empty; name a folder, or leave it out to start the study in the current folder");
            return ExitCodes.CannotRun;
        }
        SkeletonWriter? writer;
        try
        {
            writer = SkeletonWriter.Open(folder, force, out string? refusal);
            if (writer is null)
            {
                errorOutput.WriteLine(refusal);
                return ExitCodes.CannotRun;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errorOutput.WriteLine($"findings new: cannot use '{folder}': {e.Message.TrimEnd('.')}; nothing was written");
            return ExitCodes.CannotRun;
        }

        using (writer)
        {
            CheckResult result;
            try
            {
                foreach (var file in SkeletonFile.All()) writer.Add(file.Path, file.Content);
                // The lock comes last, from the tool's own check of what is now on disk: where the transcripts are
                // absent (git keeps them out, so CI never has them) it vouches for the quotations.
                var study = StudyLoader.Load(writer.Root, out string? loadError, new TracingCache(), transcriptsVariable: false);
                if (study is null)
                {
                    errorOutput.WriteLine((loadError ?? "findings new: the new study cannot be read") + "; nothing was written");
                    return ExitCodes.CannotRun;
                }
                result = FindingsChecker.Check(study.Input);
                if (!force && (result.Errors > 0 || result.Warnings > 0))
                {
                    // Only a bug of ours can get here: the skeleton is fixed, and the folder was empty.
                    errorOutput.WriteLine($"findings new: internal error: the new study does not check clean ({result.Errors} error(s), {result.Warnings} warning(s)); nothing was written");
                    return ExitCodes.CannotRun;
                }
                writer.Add(LockFile.FileName, new UTF8Encoding(false).GetBytes(LockWriter.Text(result)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errorOutput.WriteLine($"findings new: {e.Message.TrimEnd('.')}; nothing was written");
                return ExitCodes.CannotRun;
            }
            writer.Commit();
            Report(folder, writer, result, output);
            return ExitCodes.Clean;
        }
    }

    /// <summary>
    /// What .gitignore must hold for privacy by default: the transcripts, the identifiers list, and obj/, where a study
    /// project's build step keeps the speech it extracts from each transcript for the analyzer, stay out of git.
    /// </summary>
    private static readonly string[] PrivateLines = { "transcripts/", "identifiers.txt", "obj/" };

    private static void Report(string folder, SkeletonWriter writer, CheckResult result, TextWriter output)
    {
        output.WriteLine($"findings new: started a study in {(folder == "." ? "the current folder" : Quote(folder))}");
        foreach (string path in writer.Written) output.WriteLine("  wrote " + path);
        if (writer.Kept.Count > 0)
        {
            output.WriteLine("Kept as they were (new never overwrites a file):");
            foreach (string path in writer.Kept) output.WriteLine("  kept  " + path);
            if (result.Errors > 0 || result.Warnings > 0)
                output.WriteLine($"The study with the files kept has {result.Errors} error(s) and {result.Warnings} warning(s): run findings check to see them.");
            if (!writer.Written.Contains(".gitignore") && writer.LinesMissingFrom(".gitignore", PrivateLines) is { Count: > 0 } missing)
                output.WriteLine($"Warning: your .gitignore was kept, and it does not keep private files out of git: add {string.Join(" and ", missing)} to it before you commit.");
        }
        if (writer.EnclosingRepository() is { } repository)
        {
            output.WriteLine($"Note: this folder is inside the git repository at {repository}; GitHub runs workflows only from the repository's own");
            output.WriteLine($"  .github/workflows: move .github there and set STUDY in the workflow to this folder's path ({Language.Diagnostics.RuleTable.DocsBaseUrl}ci.md).");
        }
        string dir = Quote(folder);
        output.WriteLine();
        output.WriteLine("The study is fiction, to show each construct once: replace it with yours. Next:");
        output.WriteLine($"  findings check {dir}     # check the findings against the transcripts");
        output.WriteLine($"  findings build {dir}     # and publish the website to {(dir == "." ? "" : dir.TrimEnd('/') + "/")}_site");
        output.WriteLine("Before the first push to GitHub (see .github/workflows/findings.yml): set Settings > Pages > Source to GitHub Actions,");
        output.WriteLine($"and give CI the private identifiers list: gh secret set FINDINGS_IDENTIFIERS < {(dir == "." ? "" : dir.TrimEnd('/') + "/")}identifiers.txt");
        output.WriteLine("Until FindingsGen is on nuget.org, CI installs it from tools/feed/: copy the release's FindingsGen.*.nupkg files there");
        output.WriteLine("and commit them (see the workflow's install step).");
    }

    /// <summary>The folder as a shell argument: as given when it is plain, else in single quotes.</summary>
    private static string Quote(string folder) =>
        folder.Length > 0 && folder.All(c => char.IsLetterOrDigit(c) || c is '.' or '/' or '-' or '_' or '~') ? folder : "'" + folder.Replace("'", "'\\''") + "'";
}
