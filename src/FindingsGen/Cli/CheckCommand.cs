using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FindingsGen.Language;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary><c>findings check [STUDY] [--format text|json]</c>.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study folder (holding findings.yml); default: the current folder", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif (SARIF 2.1.0) or github (Actions annotations)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Diagnostics.DiagnosticFormats.Names);
        var updateLock = new Option<bool>("--update-lock") { Description = "Record the verified quotations in findings.lock (needs the transcripts)" };
        var command = new Command("check", "Check the findings against the study's own data and print the diagnostics") { study, format, updateLock };
        command.SetAction(result =>
            Run(result.GetValue(study)!, result.GetValue(format)!, Console.Out, Console.Error, result.GetValue(updateLock)));
        return command;
    }

    /// <summary>Runs a check and writes the report; returns the exit code.</summary>
    public static int Run(string studyPath, string format, TextWriter output) => Run(studyPath, format, output, Console.Error, false);

    /// <summary>Runs a check, writing the report to <paramref name="output"/> and a could-not-run reason to <paramref name="errorOutput"/>.</summary>
    public static int Run(string studyPath, string format, TextWriter output, TextWriter errorOutput, bool updateLock = false)
    {
        var watch = Stopwatch.StartNew();
        // One cache for this run: the transcripts are indexed while the pages are parsed.
        var folder = Files.StudyLoader.Load(studyPath, out string? error, new TracingCache());
        if (folder is null)
        {
            errorOutput.WriteLine(error);
            return ExitCodes.CannotRun;
        }
        if (updateLock && folder.Input.Tracing?.TranscriptsAvailable != true)
        {
            errorOutput.WriteLine("findings: --update-lock needs the transcripts, and none were found (check transcripts.path or FINDINGS_TRANSCRIPTS)");
            return ExitCodes.CannotRun;
        }
        var result = FindingsChecker.Check(folder.Input);
        string? lockNote = null;
        if (updateLock)
        {
            lockNote = Files.LockWriter.Write(folder.Root, result, folder.Input.Tracing?.LockText, out bool written);
            // A lock left as it was is said whatever the format: the report on stdout may be JSON or SARIF.
            if (!written)
            {
                errorOutput.WriteLine("findings: " + lockNote);
                lockNote = null;
            }
        }
        switch (format)
        {
            case "json":
            case "sarif":
            {
                using var buffer = new MemoryStream();
                if (format == "json") Diagnostics.DiagnosticFormats.WriteJson(buffer, result.Diagnostics);
                else Diagnostics.DiagnosticFormats.WriteSarif(buffer, result.Diagnostics, FilePrefix(folder.Root));
                output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                break;
            }
            case "github":
                Diagnostics.DiagnosticFormats.WriteGitHub(output, result.Diagnostics, FilePrefix(folder.Root));
                break;
            default:
                Diagnostics.DiagnosticFormats.WriteText(output, result.Diagnostics);
                output.WriteLine(Summary(result, watch.Elapsed));
                if (lockNote is not null) output.WriteLine(lockNote);
                break;
        }
        return result.Errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
    }

    /// <summary>
    /// SARIF and GitHub annotations name files relative to where the command runs (the repository root in CI),
    /// so the study folder's path from there is put before each file; LANGUAGE.md's text and JSON stay study-relative.
    /// </summary>
    private static string FilePrefix(string studyRoot)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), studyRoot).Replace('\\', '/');
        return relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? "" : relative + "/";
    }

    private static string Summary(CheckResult result, TimeSpan elapsed)
    {
        var s = result.Study;
        string verdict = result.Errors == 0 && result.Warnings == 0 ? "clean" : $"{result.Errors} error(s), {result.Warnings} warning(s)";
        return $"findings check: {verdict} \u2014 {s.Pages.Count} page(s), {s.Themes.Count} theme(s), {s.Subthemes.Count} subtheme(s), " +
               $"{s.Claims.Count} frequency claim(s), {s.Quotations.Count} quotation(s){Tracing(result)} ({elapsed.TotalMilliseconds:0} ms)";
    }

    private static string Tracing(CheckResult result)
    {
        if (result.Traces.Count == 0) return "";
        int traced = result.TracedQuotations;
        // Only verbatim counts as verified: a lock entry recorded as near-verbatim is counted apart.
        int locked = result.VerifiedFromLock, lockedNear = result.NearVerbatimFromLock;
        int near = result.NearVerbatimQuotations;
        string nearNote = near == 0 ? "" : $" ({near} near-verbatim, not verified)";
        return (locked > 0 || lockedNear > 0) && traced == 0 ? $", {locked} verified from {LockFile.FileName}{nearNote}" : $", {traced} traced{nearNote}";
    }
}
