using System;
using System.Collections.Generic;
using System.IO;

namespace FindingsGen.Tests;

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
