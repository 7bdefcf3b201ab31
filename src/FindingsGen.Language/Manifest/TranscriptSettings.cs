using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>The manifest's <c>transcripts:</c> section.</summary>
public sealed class TranscriptSettings
{
    /// <summary>The path pattern, e.g. <c>transcripts/{id}.*</c>.</summary>
    public string Path { get; internal set; } = "";
    /// <summary>Speaker labels that belong to the interviewer.</summary>
    public IReadOnlyList<string> Interviewer { get; internal set; } = new[] { "I", "Interviewer" };
    /// <summary>The interviews' language, or null for the findings' language.</summary>
    public string? Language { get; internal set; }
}
