using System;
using System.Collections.Generic;
using System.IO;

namespace FindingsGen.Tests;

/// <summary>The repository root, found from the test binaries.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FindingsGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FindingsGen.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Runs a program to its end, with MSBuild nodes not kept alive, and returns its exit code and all it printed.</summary>
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

/// <summary>A throwaway study folder under the system's temp folder.</summary>
public sealed class TempStudy : IDisposable
{
    public TempStudy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fg-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
