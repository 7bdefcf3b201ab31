using System;
using System.Runtime.InteropServices;

namespace FindingsGen.Files.Runtime;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>, Windows <c>CreateHardLinkW</c>); false where the file system refuses.
/// The site writer links a file unchanged since the previous build instead of writing it again. The one platform call
/// kept, because it pays: a 1,000-page rebuild after a 5 s pause (docs/performance.md, <c>bench/site-vs-hugo.sh
/// --after-pause</c>, and the same tools with <c>--timings</c>) spent a median 157 ms in the write stage with it and
/// 1,306 ms without, a quarter of the whole build on the shared test machine.
/// </summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="newPath"/> another name of <paramref name="existing"/>; false when it could not.</summary>
    public static bool TryCreate(string existing, string newPath)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(newPath, existing, IntPtr.Zero) : link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string newPath, string existing, IntPtr securityAttributes);
}
