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
        var updateLock = new Option<bool>("--update-lock")
        {
            Description = "Record the verified quotations in findings.lock (needs the transcripts) and the coding in findings.coding.lock (needs the coding project)",
        };
        var coding = new Option<string?>("--coding") { Description = "The REFI-QDA project (.qdpx) to check the findings against; overrides coding: in findings.yml" };
        var command = new Command("check", "Check the findings against the study's own data and print the diagnostics") { study, format, updateLock, coding };
        command.SetAction(result =>
            Run(result.GetValue(study)!, result.GetValue(format)!, Console.Out, Console.Error, result.GetValue(updateLock), result.GetValue(coding)));
        return command;
    }

    /// <summary>Runs a check and writes the report; returns the exit code.</summary>
    public static int Run(string studyPath, string format, TextWriter output) => Run(studyPath, format, output, Console.Error, false);

    /// <summary>Runs a check, writing the report to <paramref name="output"/> and a could-not-run reason to <paramref name="errorOutput"/>.</summary>
    public static int Run(string studyPath, string format, TextWriter output, TextWriter errorOutput, bool updateLock = false, string? coding = null)
    {
        var watch = Stopwatch.StartNew();
        if (coding is { Length: 0 })
        {
            errorOutput.WriteLine("findings: --coding names no file (it is empty); name the REFI-QDA project (.qdpx), or leave --coding out for coding: in findings.yml");
            return ExitCodes.CannotRun;
        }
        // One cache for this run: the transcripts are indexed while the pages are parsed.
        var folder = Files.StudyLoader.Load(studyPath, out string? error, new TracingCache(), codingOverride: coding);
        if (folder is null)
        {
            errorOutput.WriteLine(error);
            return ExitCodes.CannotRun;
        }
        bool transcripts = folder.Input.Tracing?.TranscriptsAvailable == true;
        bool codingProject = folder.Input.Coding?.Project is not null;
        if (updateLock && !transcripts && !codingProject)
        {
            errorOutput.WriteLine("findings: --update-lock needs the transcripts, and none were found (check transcripts.path or FINDINGS_TRANSCRIPTS)");
            return ExitCodes.CannotRun;
        }
        var result = FindingsChecker.Check(folder.Input);
        string? lockNote = null;
        if (updateLock && result.CodingRecordText is { } record)
        {
            // The coding record is written wherever the project was read: public CI checks against it without the project.
            string codingNote = Files.Coding.CodingFiles.WriteRecord(folder.Root, record);
            if (format == "text") lockNote = codingNote;
            else errorOutput.WriteLine("findings: " + codingNote);
        }
        if (updateLock && !transcripts)
        {
            // Only the coding could be recorded: findings.lock is left as it was, and that is said whatever the format.
            errorOutput.WriteLine($"findings: {LockFile.FileName} left as it was: no transcripts were found (check transcripts.path or FINDINGS_TRANSCRIPTS)");
        }
        else if (updateLock)
        {
            string note = Files.LockWriter.Write(folder.Root, result, folder.Input.Tracing?.LockText, out bool written);
            // A lock left as it was is said whatever the format: the report on stdout may be JSON or SARIF.
            if (!written) errorOutput.WriteLine("findings: " + note);
            else lockNote = lockNote is null ? note : note + "\n" + lockNote;
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
               $"{s.Claims.Count} frequency claim(s), {s.Quotations.Count} quotation(s){Tracing(result)}{Coding(result)} ({elapsed.TotalMilliseconds:0} ms)";
    }

    /// <summary>
    /// ", N of M section(s) checked against the coding in project.qdpx" (or from the coding record), when a coding was read: the
    /// themes and subtheme that name no code (nor sit under one that does) are not checked against it, and "clean" must not hide that.
    /// </summary>
    private static string Coding(CheckResult result)
    {
        if (result.Coding is not { } coding) return "";
        string from = coding.Source.StartsWith(Language.Coding.CodingRecord.FileName, StringComparison.Ordinal) ? "from the coding record " + coding.Source : "in " + coding.Source;
        int sections = result.Study.Themes.Count + result.Study.Subthemes.Count;
        return $", {coding.CodedParticipants.Count} of {sections} section(s) checked against the coding {from}";
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
