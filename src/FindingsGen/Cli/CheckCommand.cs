using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using FindingsGen.Language;
using FindingsGen.Study;

namespace FindingsGen.Cli;

/// <summary><c>findings check [STUDY] [--format text|json]</c>.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study folder (holding findings.yml); default: the current folder", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(DiagnosticFormats.Names);
        var command = new Command("check", "Check the findings against the study's own data and print the diagnostics") { study, format };
        command.SetAction(result => Run(result.GetValue(study)!, result.GetValue(format)!, Console.Out));
        return command;
    }

    /// <summary>Runs a check and writes the report; returns the exit code.</summary>
    public static int Run(string studyPath, string format, TextWriter output) => Run(studyPath, format, output, Console.Error);

    /// <summary>Runs a check, writing the report to <paramref name="output"/> and a could-not-run reason to <paramref name="errorOutput"/>.</summary>
    public static int Run(string studyPath, string format, TextWriter output, TextWriter errorOutput)
    {
        var watch = Stopwatch.StartNew();
        var folder = StudyFolder.Load(studyPath, out string? error);
        if (folder is null)
        {
            errorOutput.WriteLine(error);
            return ExitCodes.CannotRun;
        }
        var result = FindingsChecker.Check(folder.Input);
        if (format == "json")
        {
            using var buffer = new MemoryStream();
            DiagnosticFormats.WriteJson(buffer, result.Diagnostics);
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            DiagnosticFormats.WriteText(output, result.Diagnostics);
            output.WriteLine(Summary(result, watch.Elapsed));
        }
        return result.Errors > 0 ? ExitCodes.Errors : ExitCodes.Clean;
    }

    private static string Summary(CheckResult result, TimeSpan elapsed)
    {
        var s = result.Study;
        string verdict = result.Errors == 0 && result.Warnings == 0 ? "clean" : $"{result.Errors} error(s), {result.Warnings} warning(s)";
        return $"findings check: {verdict} \u2014 {s.Pages.Count} page(s), {s.Themes.Count} theme(s), {s.Subthemes.Count} subtheme(s), " +
               $"{s.Claims.Count} frequency claim(s), {s.Quotations.Count} quotation(s) ({elapsed.TotalMilliseconds:0} ms)";
    }
}
