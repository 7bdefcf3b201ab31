using System;
using System.CommandLine;
using System.IO;
using FindingsGen.Files.Coding;
using FindingsGen.Language;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary>
/// <c>findings export [STUDY] --refi OUT.qdpx | --qdc OUT.qdc [--force]</c>: the study as a REFI-QDA project (codebook,
/// cases with variables, transcripts, each verified quotation coded at its place) or as a codebook alone, so the study
/// opens in the QDA package it came from.
/// </summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study folder (holding findings.yml); default: the current folder", DefaultValueFactory = _ => "." };
        var refi = new Option<string?>("--refi") { Description = "Write the study as a REFI-QDA project (.qdpx): codebook, cases, transcripts and the verified quotations coded" };
        var qdc = new Option<string?>("--qdc") { Description = "Write the themes and subthemes as a REFI-QDA codebook (.qdc)" };
        var force = new Option<bool>("--force") { Description = "Replace a file already at the output's name" };
        var command = new Command("export", "Write the study for a QDA package (REFI-QDA: NVivo, ATLAS.ti, MAXQDA, QualCoder)") { study, refi, qdc, force };
        command.SetAction(result => Run(result.GetValue(study)!, result.GetValue(refi), result.GetValue(qdc), result.GetValue(force), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Exports; returns 0 when every file asked for was written, 2 when the command could not run (nothing written).</summary>
    public static int Run(string studyPath, string? refi, string? qdc, bool force, TextWriter output, TextWriter errorOutput)
    {
        if (refi is null && qdc is null)
        {
            errorOutput.WriteLine("findings export: name what to write: --refi OUT.qdpx (the project) or --qdc OUT.qdc (the codebook), or both");
            return ExitCodes.CannotRun;
        }
        foreach (string? target in new[] { refi, qdc })
        {
            if (target is null) continue;
            if (target.Trim().Length == 0)
            {
                errorOutput.WriteLine("findings export: the output file name is empty");
                return ExitCodes.CannotRun;
            }
            if (!force && Files.PathEntry.Exists(target))
            {
                errorOutput.WriteLine($"findings export: '{target}' already exists; nothing was written (export never replaces a file unless --force: it may be your QDA project)");
                return ExitCodes.CannotRun;
            }
        }
        // No tracing cache: with one, each transcript's text is let go once indexed, and the export writes the texts into sources/.
        var folder = Files.StudyLoader.Load(studyPath, out string? error, cache: null);
        if (folder is null)
        {
            errorOutput.WriteLine(error);
            return ExitCodes.CannotRun;
        }
        var result = FindingsChecker.Check(folder.Input);
        if (!result.Study.Manifest.IsReadable)
        {
            errorOutput.WriteLine("findings export: the manifest cannot be read (run findings check to see why); nothing was written");
            return ExitCodes.CannotRun;
        }
        var tracing = folder.Input.Tracing;
        var export = QdaProjectWriter.Write(result, tracing, "FindingsGen");
        if (qdc is not null && export.CodebookXml is null)
        {
            errorOutput.WriteLine("findings export: the study has no theme or subtheme, and a codebook holds at least one code; nothing was written");
            return ExitCodes.CannotRun;
        }
        try
        {
            if (refi is not null) QdaPackageWriter.WriteProject(refi, export, force);
            if (qdc is not null) QdaPackageWriter.WriteCodebook(qdc, export.CodebookXml!, force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errorOutput.WriteLine($"findings export: {e.Message.TrimEnd('.')}");
            return ExitCodes.CannotRun;
        }

        if (refi is not null)
        {
            output.WriteLine($"findings export: wrote {refi}: {export.Codes} code(s), {export.Cases} case(s), {export.Sources.Count} transcript(s), {export.Selections} coded selection(s)");
            if (tracing?.TranscriptsAvailable != true)
                output.WriteLine("  the transcripts are not available here: the project holds the codebook and the cases, without sources or coded quotations");
            foreach (string line in export.NotPlaced) output.WriteLine("  not coded: " + line);
            if (export.Sources.Count > 0)
                output.WriteLine($"  {refi} holds the transcripts: keep it as private as they are (never commit or publish it)");
        }
        if (qdc is not null) output.WriteLine($"findings export: wrote {qdc}: {export.Codes} code(s)");
        if (result.Errors > 0)
            output.WriteLine($"The study has {result.Errors} error(s): only verified quotations were coded; run findings check to see the rest.");
        return ExitCodes.Clean;
    }
}
