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
internal static class FileTypes
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int StatxInoOffset = 32, StatxDevMajorOffset = 136, StatxDevMinorOffset = 140;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;
    private const int TypeMask = 0xF000, RegularBits = 0x8000, DirectoryBits = 0x4000, LinkBits = 0xA000;

    private static bool statxMissing = !RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    // Pointers only (blittable), so the call needs no marshalling code, in the JIT or in a native (AOT) build.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern unsafe int Statx(int directory, byte* path, int flags, uint mask, byte* buffer);

    private static unsafe int Statx(string path, byte[] buffer, int flags = AtSymlinkNoFollow, uint mask = StatxType)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        fixed (byte* namePointer = name)
        fixed (byte* bufferPointer = buffer)
        {
            return Statx(AtFdCwd, namePointer, flags, mask, bufferPointer);
        }
    }

    /// <summary>
    /// The identity of the file <paramref name="path"/> leads to (links followed), as the operating system knows it:
    /// device and inode, so two names of one file (a hard link, a symbolic link, a path spelled with <c>..</c>) get
    /// the same identity. Where statx is unavailable, the path with every link resolved (hard links then look
    /// different). Null when the file does not exist or cannot be looked at.
    /// </summary>
    public static string? IdentityOf(string path)
    {
        if (!statxMissing)
        {
            try
            {
                var buffer = new byte[StatxSize];
                if (Statx(path, buffer, flags: 0, mask: StatxType | StatxIno) != 0) return null;
                ulong inode = BitConverter.ToUInt64(buffer, StatxInoOffset);
                uint major = BitConverter.ToUInt32(buffer, StatxDevMajorOffset), minor = BitConverter.ToUInt32(buffer, StatxDevMinorOffset);
                return FormattableString.Invariant($"{major}:{minor}:{inode}");
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                statxMissing = true;
            }
        }
        string? real = RealPath.Resolve(path);
        return real is not null && (File.Exists(real) || System.IO.Directory.Exists(real)) ? "path:" + real : null;
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
