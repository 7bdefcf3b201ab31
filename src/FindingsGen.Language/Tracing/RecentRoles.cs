namespace FindingsGen.Language.Tracing;

/// <summary>The turn roles an <see cref="IndexedTranscript"/> handed out last, with what they were for (one read, no lock).</summary>
internal sealed class RecentRoles
{
    public RecentRoles(string? owner, string key, TurnRoles roles)
    {
        Owner = owner;
        Key = key;
        Roles = roles;
    }

    /// <summary>The owner they were worked out for (null: a group transcript).</summary>
    public string? Owner { get; }
    /// <summary>The <see cref="SpeakerRoles.Key"/> they were worked out with.</summary>
    public string Key { get; }
    /// <summary>The roles.</summary>
    public TurnRoles Roles { get; }
}
