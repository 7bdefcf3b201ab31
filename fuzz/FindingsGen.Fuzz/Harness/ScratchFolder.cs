using System;
using System.IO;

namespace FindingsGen.Fuzz;

/// <summary>
/// A study folder of the fuzzer's own, in memory-backed /dev/shm where there is one (the targets that go through the
/// file system write a few small files per input), removed when the process ends.
/// </summary>
internal sealed class ScratchFolder
{
    /// <summary>Makes a fresh folder named after <paramref name="purpose"/>.</summary>
    public ScratchFolder(string purpose)
    {
        Root = Path.Combine(Parent, $"findingsgen-fuzz-{Environment.ProcessId}-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();
    }

    /// <summary>Where the fuzzer's scratch files go: memory-backed /dev/shm where there is one, else the temp folder.</summary>
    public static string Parent { get; } = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="relative"/>, making folders as needed.</summary>
    public void Write(string relative, byte[] bytes)
    {
        string full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Writes UTF-8 text (no BOM).</summary>
    public void Write(string relative, string text) => Write(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Removes the folder.</summary>
    public void Remove()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort at exit: a leftover folder in /dev/shm or /tmp is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
