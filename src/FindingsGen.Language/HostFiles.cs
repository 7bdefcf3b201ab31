namespace FindingsGen.Language;

/// <summary>
/// The names by which the build hands the analyzer what it found on disk, as AdditionalFiles metadata.
/// Both sides use these constants, so they cannot drift.
/// </summary>
public static class HostFiles
{
    /// <summary>The participant a transcript item belongs to.</summary>
    public const string Participant = "FindingsParticipant";
    /// <summary>The transcript's format: txt, md, vtt or docx (already extracted to text).</summary>
    public const string Format = "FindingsFormat";
    /// <summary>The transcript's file name, as messages show it.</summary>
    public const string Name = "FindingsName";
    /// <summary>Why a participant's transcript cannot be used (the item's text is then ignored).</summary>
    public const string Problem = "FindingsProblem";
    /// <summary>The role of a non-transcript item: <see cref="AvailableRole"/> or <see cref="IdentifiersRole"/>.</summary>
    public const string Role = "FindingsRole";
    /// <summary>Marks that the transcripts folder exists and holds at least one transcript.</summary>
    public const string AvailableRole = "transcripts-available";
    /// <summary>
    /// The transcripts folder FINDINGS_TRANSCRIPTS names gave no transcript (it does not exist, or holds none):
    /// <see cref="Problem"/> says so, and the analyzer warns as findings check does (FG0106 at <c>transcripts.path</c>).
    /// </summary>
    public const string TranscriptsFolderRole = "transcripts-folder";
    /// <summary>A group transcript (<c>transcripts.groups</c>), with <see cref="Name"/> and <see cref="Format"/>, or <see cref="Problem"/>.</summary>
    public const string GroupRole = "group-transcript";
    /// <summary>The private identifiers list (with <see cref="Problem"/> when it cannot be read).</summary>
    public const string IdentifiersRole = "identifiers";
    /// <summary>
    /// The linked coding as the build step read it (<c>coding:</c>): the item's text is a <see cref="Coding.CodingHandOff"/>
    /// (the project, the coding record, or why either is missing), since the analyzer reads no file and a .qdpx is a zip.
    /// </summary>
    public const string CodingRole = "coding";
    /// <summary>The findings.yml of another study inside this one's folder: its folder's pages are not this study's.</summary>
    public const string NestedStudyRole = "nested-study";
    /// <summary>
    /// A study file the build step refused to hand the compiler (a link out of the study, a FIFO, too large):
    /// <see cref="Name"/> holds its full path, <see cref="Problem"/> why. The file itself is removed from AdditionalFiles.
    /// </summary>
    public const string RefusedRole = "refused";
    /// <summary>
    /// A study file that is one of the study's transcripts by what it is (a link to one, another name of one): removed
    /// from AdditionalFiles; <see cref="Name"/> holds its full path, <see cref="Problem"/> the transcript it is. Never a page.
    /// </summary>
    public const string TranscriptRole = "transcript";
    /// <summary>
    /// Metadata values travel through a generated .editorconfig, where some characters mean something;
    /// they are written as base64 of UTF-8.
    /// </summary>
    public static string Encode(string value) => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value));

    /// <summary>Reverses <see cref="Encode"/>; null when the value is not one.</summary>
    public static string? Decode(string value)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(value));
        }
        catch (System.FormatException)
        {
            return null;
        }
    }
}
