using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FindingsGen.Cli;

namespace FindingsGen.Tests;

/// <summary>findings check run in-process on a folder, and the example study to run it on.</summary>
internal static class StudyCommands
{
    /// <summary>The example study in content/.</summary>
    public static string Content => Path.Combine(RepoRoot.Path, "content");

    internal static (int Exit, string Output, string Error) Check(string folder, string format = "text", bool updateLock = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CheckCommand.Run(folder, format, output, error, updateLock);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A copy of the example study in a temp folder, so tests can edit it.</summary>
    internal static TempStudy CopyOfExample(bool withTranscripts = true)
    {
        var temp = new TempStudy();
        foreach (var file in Directory.GetFiles(StudyCommands.Content, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(StudyCommands.Content, file);
            if (relative.StartsWith("_site") || relative.StartsWith("bin") || relative.StartsWith("obj")) continue;
            if (!withTranscripts && relative.StartsWith("transcripts")) continue;
            string target = Path.Combine(temp.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return temp;
    }

    /// <summary>The diagnostics of findings check --format json, as findings to compare with the analyzer's.</summary>
    internal static List<AnalyzerHost.Finding> CheckAsFindings(string folder)
    {
        var output = new StringWriter();
        CheckCommand.Run(folder, "json", output, new StringWriter());
        using var json = JsonDocument.Parse(output.ToString());
        return json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new AnalyzerHost.Finding(
            d.GetProperty("id").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
            d.GetProperty("severity").GetString()!, d.GetProperty("message").GetString()!)).ToList();
    }
}
