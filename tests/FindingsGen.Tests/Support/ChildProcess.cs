using System;
using System.Collections.Generic;
using System.IO;

namespace FindingsGen.Tests;

public static class ChildProcess
{
    public static (int Exit, string Output) Run(string fileName, string workingDirectory, params string[] args) =>
        RunWith(new Dictionary<string, string>(), fileName, workingDirectory, args);

    /// <summary>Runs a process with <paramref name="environment"/> added to this one's; its exit code and all it printed.</summary>
    public static (int Exit, string Output) RunWith(IReadOnlyDictionary<string, string> environment, string fileName, string workingDirectory, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
