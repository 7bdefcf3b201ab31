using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Language.Rules;

/// <summary>
/// FG0201: the manifest is invalid. Reported by <see cref="Manifest.ManifestReader"/> at the key's line and column;
/// also by <see cref="FindingsChecker"/> (an identifiers list that did not arrive), <see cref="FG0002FrequencyLabelFromScale"/>
/// (claims without a scale), <see cref="FG0301IdentifyingTermInQuotation"/> (an empty identifiers list) and the hosts
/// (a manifest that cannot be read, a site setting that cannot be used). It guards the privacy screen: <c>rules:</c>
/// cannot lower it (<see cref="Manifest.ManifestReader.IsGuardRule"/>).
/// </summary>
internal sealed class FG0201InvalidManifest : IRule
{
    /// <summary>The rule's row of the table.</summary>
    public static Rule Definition { get; } = new("FG0201", "Invalid manifest", Severity.Error, "Manifest");

    /// <inheritdoc />
    public Rule Descriptor => Definition;
}
