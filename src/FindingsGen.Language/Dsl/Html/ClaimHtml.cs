namespace FindingsGen.Language.Dsl.Html;

/// <summary>What the host shows of a frequency claim beside its words.</summary>
public sealed class ClaimHtml
{
    /// <summary>Creates the view.</summary>
    public ClaimHtml(string anchor, int studyParticipants, string problemsHtml)
    {
        Anchor = anchor;
        StudyParticipants = studyParticipants;
        ProblemsHtml = problemsHtml;
    }

    /// <summary>The claim's anchor (the element's id), stable for the report's links: <c>claim-</c> and its number in the study.</summary>
    public string Anchor { get; }

    /// <summary>How many participants the study has (the "6" of "Most (4 of 6)").</summary>
    public int StudyParticipants { get; }

    /// <summary>In a draft, the problems found in the claim (phrasing content, each with its rule ID and message); empty otherwise.</summary>
    public string ProblemsHtml { get; }
}
