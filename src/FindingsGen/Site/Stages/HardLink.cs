using System;
using System.Runtime.InteropServices;

namespace FindingsGen.Site.Stages;

/// <summary>A second name for an existing file (POSIX <c>link</c>, Windows <c>CreateHardLinkW</c>); false where the file system refuses.</summary>
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
