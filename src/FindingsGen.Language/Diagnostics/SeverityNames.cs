namespace FindingsGen.Language.Diagnostics;

/// <summary>The spelling of severities in manifests and output formats, in one place.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case name used in text, JSON and the manifest's <c>rules:</c>.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    /// <summary>Parses a manifest severity (error, warning, info, none), case-insensitively.</summary>
    public static bool TryParse(string text, out Severity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            case "none": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }
}
