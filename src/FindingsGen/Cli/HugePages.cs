using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace FindingsGen.Cli;

/// <summary>
/// Asks Linux to back the garbage-collected heap with transparent huge pages (2 MB instead of 4 KB). A batch command
/// allocates a few hundred MB of fresh memory, and the kernel's work handing it out a page at a time (~90,000 page faults
/// for a 1,000-page build) was a third of the build's CPU time. Where huge pages are only given on request (the
/// <c>madvise</c> mode, Debian's default), this makes the request; elsewhere it does nothing.
/// </summary>
internal static class HugePages
{
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE in Linux's <sys/mman.h>
    private const int NoMemory = 12; // ENOMEM in <errno.h>

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);

    /// <summary>Where the kernel says whether it gives huge pages always, on request, or never.</summary>
    public const string ModeFile = "/sys/kernel/mm/transparent_hugepage/enabled";

    /// <summary>
    /// Requests huge pages for the heap: the memory mapping that holds a newly allocated object, with the anonymous
    /// mappings next to it (the runtime reserves its heap as one range, which the kernel lists in pieces).
    /// True when the request was made; false where it is not needed or not possible. Never throws.
    /// </summary>
    public static bool ForGcHeap()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (!File.Exists(ModeFile) || !File.ReadAllText(ModeFile).Contains("[madvise]")) return false;
            var probe = new byte[64];
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            ulong address;
            try
            {
                address = (ulong)handle.AddrOfPinnedObject();
            }
            finally
            {
                handle.Free();
            }
            if (HeapRange(File.ReadLines("/proc/self/maps"), address) is not { } range) return false;
            // ENOMEM: part of the range was unmapped since the list was read (another thread's stack, say). Linux still
            // marks every mapping that is left, the heap among them.
            return madvise((nint)range.Start, (nuint)(range.End - range.Start), MadviseHugePage) == 0 || Marshal.GetLastPInvokeError() == NoMemory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// The address range a line of <c>/proc/self/maps</c> or <c>/proc/self/smaps</c> begins with ("start-end …", in hex);
    /// false for any other line (the fields smaps lists under each mapping).
    /// </summary>
    internal static bool TryReadRange(string line, out ulong start, out ulong end)
    {
        start = end = 0;
        int space = line.IndexOf(' ');
        var range = (space < 0 ? line : line.Substring(0, space)).Split('-');
        return range.Length == 2
            && ulong.TryParse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out start)
            && ulong.TryParse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out end);
    }

    /// <summary>
    /// The range of anonymous mappings, contiguous with one another, around <paramref name="address"/>, read from lines in
    /// the format of <c>/proc/self/maps</c> ("start-end perms offset device inode [path]"); null when the address is in no
    /// anonymous mapping.
    /// </summary>
    internal static (ulong Start, ulong End)? HeapRange(IEnumerable<string> maps, ulong address)
    {
        var areas = new List<(ulong Start, ulong End, bool Anonymous)>();
        foreach (var line in maps)
        {
            var fields = line.Split((char[]?)null, 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || !TryReadRange(line, out ulong start, out ulong end)) continue;
            bool anonymous = fields[4] == "0" && (fields.Length < 6 || fields[5].Trim().Length == 0);
            areas.Add((start, end, anonymous));
        }
        int at = areas.FindIndex(a => a.Start <= address && address < a.End);
        if (at < 0 || !areas[at].Anonymous) return null;
        int first = at, last = at;
        while (first > 0 && areas[first - 1].Anonymous && areas[first - 1].End == areas[first].Start) first--;
        while (last < areas.Count - 1 && areas[last + 1].Anonymous && areas[last + 1].Start == areas[last].End) last++;
        return (areas[first].Start, areas[last].End);
    }
}
