using System;
using System.Runtime.InteropServices;

namespace FindingsGen.Files.Output;

/// <summary>
/// Exchanges two folders' names in one step (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>), so that no moment
/// passes, even for a build killed mid-swap, where the site's name holds no site. False where the system cannot.
/// </summary>
internal static class FolderSwap
{
    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint Exchange = 2;          // RENAME_EXCHANGE

    /// <summary>Swaps the names of two existing folders; false when it could not (then nothing changed).</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return renameat2(AtCurrentFolder, first, AtCurrentFolder, second, Exchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
