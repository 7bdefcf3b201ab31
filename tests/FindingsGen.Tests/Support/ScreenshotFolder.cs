using System.IO;

namespace FindingsGen.Tests;

/// <summary>Where browser tests keep their screenshots (artifacts/screenshots/AREA/, git-ignored), made on first use.</summary>
internal static class ScreenshotFolder
{
    /// <summary>The folder of <paramref name="area"/> (the top folder when empty), created if missing.</summary>
    public static string For(string area = "")
    {
        string folder = Path.Combine(RepoRoot.Path, "artifacts", "screenshots", area);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
