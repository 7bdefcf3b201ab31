using System.Collections.Generic;

namespace FindingsGen.Language.Manifest;

/// <summary>The manifest's <c>transcripts:</c> section.</summary>
public sealed class TranscriptSettings
{
    /// <summary>The path pattern, e.g. <c>transcripts/{id}.*</c>.</summary>
    public string Path { get; internal set; } = "";
    /// <summary>Where <c>transcripts.path</c> is written: a transcripts folder named elsewhere that cannot be used is reported there.</summary>
    public Diagnostics.SourceLocation? PathLocation { get; internal set; }
    /// <summary>Speaker labels that belong to the interviewer.</summary>
    public IReadOnlyList<string> Interviewer { get; internal set; } = new[] { "I", "Interviewer" };
    /// <summary>
    /// Speaker labels mapped to a participant ID or to <see cref="InterviewerRole"/> (<c>transcripts.speakers:</c>),
    /// compared case-insensitively. Labels are private: they are never printed in a diagnostic.
    /// </summary>
    public IReadOnlyDictionary<string, string> Speakers { get; internal set; } = new Dictionary<string, string>();
    /// <summary>Study-relative globs of group transcripts (focus groups) shared by several participants (<c>transcripts.groups:</c>).</summary>
    public IReadOnlyList<string> Groups { get; internal set; } = new string[0];
    /// <summary>The value of <c>speakers:</c> that maps a label to the interviewer.</summary>
    public const string InterviewerRole = "interviewer";
    /// <summary>The interviews' language, or null for the findings' language.</summary>
    public string? Language { get; internal set; }
}
