using System.Collections.Generic;
using System.Linq;
using FindingsGen.Language.Transcripts;

namespace FindingsGen.Language.Tracing;

/// <summary>A transcript's content hash and its index.</summary>
public sealed class IndexedTranscript
{
    private readonly Dictionary<string, TurnRoles> roles = new(System.StringComparer.Ordinal);
    private volatile RecentRoles? last;

    internal IndexedTranscript(string hash, TranscriptIndex index, string layout, bool unlabelledLines)
    {
        Hash = hash;
        Index = index;
        Layout = layout;
        UnlabelledLines = unlabelledLines;
    }

    /// <summary>
    /// Reads, hashes and indexes <paramref name="source"/> from scratch (<see cref="TracingCache.Index"/> keeps the result).
    /// <paramref name="declaredLabels"/> are the labels the manifest names (<see cref="SpeakerRoles.DeclaredLabels"/>).
    /// </summary>
    public static IndexedTranscript Build(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels = null)
    {
        string canonical = Sha256Hex.Canonical(source.Text!);
        return Build(source, canonical, Sha256Hex.Of(canonical), interviewerLabels, declaredLabels);
    }

    internal static IndexedTranscript Build(TranscriptSource source, string canonical, string hash, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels)
    {
        var reading = Read(source, canonical, interviewerLabels, declaredLabels);
        return new IndexedTranscript(hash, TranscriptIndex.Build(reading.Lines), reading.Layout, (reading.Style & LabelStyle.UnlabelledLines) != 0);
    }

    /// <summary>
    /// <paramref name="source"/> read exactly as the index reads it: its layout and speech lines (for
    /// <c>findings transcripts</c>, which shows how each transcript was read).
    /// </summary>
    public static TranscriptReading Read(TranscriptSource source, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels = null) =>
        Read(source, Sha256Hex.Canonical(source.Text!), interviewerLabels, declaredLabels);

    private static TranscriptReading Read(TranscriptSource source, string canonical, IReadOnlyList<string> interviewerLabels, IReadOnlyCollection<string>? declaredLabels)
    {
        var format = TranscriptFormat.ForName(source.Format) ?? TranscriptFormat.Text;
        var known = interviewerLabels.Concat(new[] { source.Participant });
        if (declaredLabels is not null) known = known.Concat(declaredLabels);
        return format.Read(canonical, known);
    }

    /// <summary>SHA-256 of the extracted text.</summary>
    public string Hash { get; }
    /// <summary>The matching index.</summary>
    public TranscriptIndex Index { get; }

    /// <summary>
    /// Who speaks each turn, read as <paramref name="owner"/>'s own transcript (null: a group transcript). Kept with the
    /// index (and so between runs) per owner and role key: working it out again each run would walk every turn.
    /// </summary>
    internal TurnRoles RolesFor(SpeakerRoles speakers, string? owner)
    {
        // Nearly always the same owner and roles as last time: answered without building a key or taking a lock.
        if (last is { } recent && recent.Owner == owner && recent.Key == speakers.Key) return recent.Roles;
        var found = Lookup(speakers, owner);
        last = new RecentRoles(owner, speakers.Key, found);
        return found;
    }

    private TurnRoles Lookup(SpeakerRoles speakers, string? owner)
    {
        string key = (owner ?? "\u0000group") + "\n" + speakers.Key;
        lock (roles)
        {
            if (roles.TryGetValue(key, out var known)) return known;
        }
        var built = TurnRoles.Of(Index, speakers, owner, UnlabelledLines);
        lock (roles)
        {
            if (roles.Count > 64) roles.Clear(); // the same text as many participants' transcripts: bounded all the same
            roles[key] = built;
        }
        return built;
    }
    /// <summary>True when, in a labelled transcript, some speech lines carry no label (see <see cref="Transcripts.LabelStyle.UnlabelledLines"/>).</summary>
    public bool UnlabelledLines { get; }
    /// <summary>The layout its reader detected ("WebVTT, inline names (Zoom)"): no label, no speech.</summary>
    public string Layout { get; }
}
