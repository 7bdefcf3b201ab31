using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FindingsGen.Site;

namespace FindingsGen.Tests;

/// <summary>findings build run in-process, and the files a build wrote.</summary>
internal static class SiteBuilds
{
    /// <summary>findings build run in-process; its output discarded.</summary>
    internal static SiteBuild.Outcome Build(string study, string? output = null, bool draft = false)
    {
        var outcome = SiteBuild.Run(new SiteBuild.Options(study, output, draft), new StringWriter(), new StringWriter());
        return outcome;
    }

    /// <summary>findings build run in-process, with what it printed.</summary>
    internal static (SiteBuild.Outcome Outcome, string Output, string Error) BuildWithOutput(string study, string? output = null, bool draft = false)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var outcome = SiteBuild.Run(new SiteBuild.Options(study, output, draft), o, e);
        return (outcome, o.ToString(), e.ToString());
    }

    /// <summary>Every file of a folder by its path from the folder (forward slashes), as text.</summary>
    internal static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => File.ReadAllText(f), StringComparer.Ordinal);
}
