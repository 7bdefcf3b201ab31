namespace FindingsGen.Site;

/// <summary>
/// How one quotation was verified for one of its participants: the mode, the transcript lines and the full SHA-256 of
/// the transcript's speech (both null or 0 when no transcript was read, e.g. verified from findings.lock). Never any
/// transcript text. <see cref="FromLock"/> when what it says comes from findings.lock (the transcripts were not
/// available to the build); <see cref="Reason"/> says why a quotation is not verified ("{0}" is the participant).
/// </summary>
public sealed record ProvenanceEntry(string Participant, ProvenanceMode Mode, bool FromLock, int FirstLine, int LastLine, string? TranscriptHash, string? Reason)
{
    /// <summary>"line 12" or "lines 12–14", or null when no lines are known.</summary>
    public string? Lines => FirstLine <= 0 ? null
        : FirstLine == LastLine || LastLine < FirstLine ? "line " + FirstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"lines {FirstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)}\u2013{LastLine.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
