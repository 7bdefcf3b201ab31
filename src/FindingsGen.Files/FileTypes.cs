using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace FindingsGen.Files;

/// <summary>
/// Tells a regular file from a FIFO, socket or device before anything opens it: .NET exposes no file type
/// beyond "folder" and "link", and opening a FIFO to read it waits for a writer forever. On Linux the type
/// comes from statx (whose layout, unlike stat's, is the same on every architecture); elsewhere a
/// non-folder is taken to be regular, and <see cref="ContainedFile"/> never opens a file whose length is
/// 0 (the length every special file reports), so it still cannot block.
/// </summary>
public static class FileTypes
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;
    private const int TypeMask = 0xF000, RegularBits = 0x8000, DirectoryBits = 0x4000, LinkBits = 0xA000;

    private static bool statxMissing = !RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    // Pointers only (blittable), so the call needs no marshalling code, in the JIT or in a native (AOT) build.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern unsafe int Statx(int directory, byte* path, int flags, uint mask, byte* buffer);

    private static unsafe int Statx(string path, byte[] buffer)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        fixed (byte* namePointer = name)
        fixed (byte* bufferPointer = buffer)
        {
            return Statx(AtFdCwd, namePointer, AtSymlinkNoFollow, StatxType, bufferPointer);
        }
    }

    /// <summary>The type of the entry at <paramref name="path"/> (a link at its end is not followed).</summary>
    public static FileType Of(string path)
    {
        if (!statxMissing)
        {
            try
            {
                var buffer = new byte[StatxSize];
                if (Statx(path, buffer) != 0) return FromDotNet(path);
                return (BitConverter.ToUInt16(buffer, StatxModeOffset) & TypeMask) switch
                {
                    RegularBits => FileType.Regular,
                    DirectoryBits => FileType.Directory,
                    LinkBits => FileType.Link,
                    _ => FileType.Special,
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                statxMissing = true; // an old C library: fall back for good
            }
        }
        return FromDotNet(path);
    }

    private static FileType FromDotNet(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileType.Link;
        if (info.Exists) return FileType.Regular;
        return System.IO.Directory.Exists(path) ? FileType.Directory : FileType.Missing;
    }
}
