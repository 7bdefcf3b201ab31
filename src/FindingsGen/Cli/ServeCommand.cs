using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Runtime.InteropServices;
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
            using var stop = new ManualResetEventSlim();
            // Ctrl+C, SIGTERM (a service manager, `kill`, a container stopping) and a closed terminal all stop it cleanly.
            var signals = new List<PosixSignalRegistration>();
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try
                {
                    signals.Add(PosixSignalRegistration.Create(signal, context =>
                    {
                        context.Cancel = true;
                        stop.Set();
                    }));
                }
                catch (PlatformNotSupportedException)
                {
                    // A signal this system does not have.
                }
            }
            using var stopped = server.Stopping.Register(stop.Set);
            Console.WriteLine($"findings serve: {server.Url}/ (Ctrl+C to stop)");
            stop.Wait();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            foreach (var registration in signals) registration.Dispose();
            Console.WriteLine("findings serve: stopped");
            return ExitCodes.Clean;
        });
        return command;
    }
}
