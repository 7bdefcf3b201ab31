using System.Collections.Generic;

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
