using FindingsGen.Language.Manifest;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Rules;

/// <summary>What a study rule reads: the parsed study and its manifest. Rules only read it, so they may run beside the tracing.</summary>
internal sealed class RuleContext
{
    /// <summary>A context for <paramref name="study"/>.</summary>
    public RuleContext(Study study) => Study = study;

    /// <summary>The parsed study.</summary>
    public Study Study { get; }

    /// <summary>The study's manifest.</summary>
    public StudyManifest Manifest => Study.Manifest;
}
