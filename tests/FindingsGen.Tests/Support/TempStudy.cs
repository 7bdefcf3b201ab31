using System;
using System.Collections.Generic;
using System.IO;

namespace FindingsGen.Tests;

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
