using System;
using System.CommandLine;
using System.Threading;
using FindingsGen.Site;

namespace FindingsGen.Cli;

/// <summary><c>findings serve [STUDY] [--port N]</c>.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study folder (holding findings.yml); default: the current folder", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0: any free port)", DefaultValueFactory = _ => 8321 };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1, and rebuild and reload open pages when the study changes") { study, port };
        command.SetAction(result =>
        {
            var server = SiteServer.StartAsync(result.GetValue(study)!, result.GetValue(port), Console.Out, Console.Error).GetAwaiter().GetResult();
            if (server is null) return ExitCodes.CannotRun;
            Console.WriteLine($"findings serve: {server.Url}/ (Ctrl+C to stop)");
            using var stop = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Set();
            };
            stop.Wait();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Clean;
        });
        return command;
    }
}
