using System;
using System.CommandLine;
using System.Linq;
using FindingsGen.Cli;

namespace FindingsGen;

/// <summary>The <c>findings</c> command-line program.</summary>
public static class Program
{
    /// <summary>Entry point; returns 0 (clean), 1 (errors found) or 2 (could not run).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand("FindingsGen: check qualitative findings against the study's own data, and publish them")
        {
            NewCommand.Create(),
            CheckCommand.Create(),
            BuildCommand.Create(),
            ServeCommand.Create(),
            TranscriptsCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
        };
        // No command at all is how a newcomer starts: show what there is to run, not the parser's "Required command was not provided".
        if (args.Length == 0)
        {
            root.Parse(new[] { "--help" }).Invoke();
            return ExitCodes.CannotRun;
        }
        // A misspelt command ("chek") is one mistake: name it, with the command meant, rather than every error the parser
        // finds after it (no command given, each argument unrecognised).
        if (args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) && !root.Subcommands.Any(c => c.Name == args[0]))
        {
            var names = root.Subcommands.Select(c => c.Name).ToList();
            string? meant = Language.Text.Suggestion.Nearest(args[0], names);
            Console.Error.WriteLine($"findings: '{args[0]}' is not a command" + (meant is null ? "" : $"; did you mean '{meant}'?") + $" (the commands: {string.Join(", ", names)})");
            Console.Error.WriteLine("Run 'findings --help' for usage.");
            return ExitCodes.CannotRun;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) Console.Error.WriteLine("findings: " + e.Message);
            Console.Error.WriteLine("Run 'findings --help' for usage.");
            return ExitCodes.CannotRun;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("findings: " + e.Message);
            return ExitCodes.CannotRun;
        }
        catch (Exception e)
        {
            // A bug of ours: say so in one line, without a stack trace (and without any file's text).
            Console.Error.WriteLine($"findings: internal error ({e.GetType().Name}); please report it with the command you ran");
            return ExitCodes.CannotRun;
        }
    }
}
