using System;
using System.CommandLine;
using FindingsGen.Site;

namespace FindingsGen.Cli;

/// <summary><c>findings build [STUDY] [-o OUT] [--draft]</c>.</summary>
public static class BuildCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study folder (holding findings.yml); default: the current folder", DefaultValueFactory = _ => "." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the site; default: STUDY/_site" };
        var draft = new Option<bool>("--draft") { Description = "Publish even with errors, with a draft banner on every page" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var coding = new Option<string?>("--coding") { Description = "The REFI-QDA project (.qdpx) to check the findings against; overrides coding: in findings.yml" };
        var command = new Command("build", "Check the study, then publish its findings as a static website") { study, output, draft, timings, coding };
        command.SetAction(result =>
            SiteBuild.Run(new SiteBuild.Options(result.GetValue(study)!, result.GetValue(output), result.GetValue(draft), Timings: result.GetValue(timings),
                    Coding: result.GetValue(coding)),
                Console.Out, Console.Error).ExitCode);
        return command;
    }
}
