using FindingsGen.Files;
using FindingsGen.Language;
using FindingsGen.Language.Model;

namespace FindingsGen.Site.Stages;

/// <summary>Stage 3, check: every rule and the quotation tracing, exactly as <c>findings check</c> runs them.</summary>
public static class CheckStage
{
    /// <summary>The diagnostics and traces.</summary>
    public static CheckResult Run(LoadedStudy folder, Study study) => FindingsChecker.Check(folder.Input, study);
}
