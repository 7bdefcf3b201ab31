using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace FindingsGen.Fuzz;

/// <summary>
/// Runs a target's loop in a child process, so that an input that kills the process (a stack overflow, running out of
/// memory) becomes a finding too: the child writes each input to a file before running it, and when the child dies
/// the supervisor stores that file and starts a new child with the next seed.
/// </summary>
internal static class Supervisor
{
    /// <summary>The exit code of a child that stopped because an input overran its time (stored as a finding already).</summary>
    public const int TimedOut = 3;

    /// <summary>Runs <paramref name="settings"/> under supervision; the summary adds up the children's runs.</summary>
    public static FuzzLoop.Summary Run(FuzzLoop.Settings settings, TextWriter log)
    {
        var target = Targets.Create(settings.Target);
        var store = new Store(settings.FuzzFolder, target);
        string current = Path.Combine(ScratchFolder.Parent, $"findingsgen-fuzz-{Environment.ProcessId}-{target.Name}.current");
        long done = 0;
        int findings = 0, seed = settings.Seed, deaths = 0, corpus = 0;
        var watch = Stopwatch.StartNew();
        while (done < settings.Execs && watch.Elapsed.TotalSeconds < settings.Seconds && deaths < 20)
        {
            var start = ChildStart(settings with { Seed = seed, Execs = settings.Execs - done, Seconds = settings.Seconds - watch.Elapsed.TotalSeconds }, current);
            using var child = Process.Start(start)!;
            var errorText = child.StandardError.ReadToEndAsync();
            long childExecs = 0;
            int childFindings = 0;
            string? line;
            while ((line = child.StandardOutput.ReadLine()) is not null)
            {
                if (line.StartsWith("@progress ", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ');
                    childExecs = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                    childFindings = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("@summary ", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ');
                    corpus = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    log.WriteLine(line);
                }
            }
            child.WaitForExit();
            string errors = errorText.Result;
            done += childExecs;
            findings += childFindings;
            if (child.ExitCode == 0) break;
            seed += 7919; // a different sequence, so that the same input is not the next one to stop it
            if (child.ExitCode == TimedOut) continue;
            deaths++;
            done++; // the input that killed it
            string firstError = errors.Split('\n')[0].Trim();
            if (File.Exists(current))
            {
                byte[] input = File.ReadAllBytes(current);
                string signature = "process-died:" + child.ExitCode + ":" + firstError;
                if (!store.Knows(signature))
                {
                    findings++;
                    string path = store.SaveFinding(signature, input, $"process-died: exit code {child.ExitCode}: {firstError}\n(target {target.Name}, seed {seed - 7919})\n");
                    log.WriteLine($"[{target.Name}] FINDING the process died (exit code {child.ExitCode}: {firstError}) → {Path.GetRelativePath(settings.FuzzFolder, path)}");
                }
            }
        }
        if (File.Exists(current)) File.Delete(current);
        return new FuzzLoop.Summary(target.Name, done, watch.Elapsed.TotalSeconds, corpus, findings, deaths >= 20);
    }

    private static ProcessStartInfo ChildStart(FuzzLoop.Settings s, string current)
    {
        string self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (string a in new[]
                 {
                     "--child", "--target", s.Target, "--seed", s.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--execs", s.Execs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--seconds", s.Seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
                     "--budget-ms", ((long)s.Budget.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--fuzz-folder", s.FuzzFolder, "--current", current,
                 })
        {
            start.ArgumentList.Add(a);
        }
        if (!s.Save) start.ArgumentList.Add("--no-save");
        return start;
    }
}
