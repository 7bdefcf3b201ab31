using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// A rule that checks the parsed study on its own (no transcripts): <see cref="FindingsChecker"/> runs every one in
/// <see cref="RuleTable.Rules"/>. Rules reported while tracing, reading the manifest or selecting files implement only
/// <see cref="IRule"/>, and their class comment says where they are produced.
/// </summary>
internal interface IStudyRule : IRule
{
    /// <summary>Reports every problem of this rule in the study, at the rule's default severity unless a case differs.</summary>
    void Check(RuleContext context, DiagnosticList diagnostics);
}
