using System;

namespace FindingsGen.Site;

/// <summary>
/// A template could not render a page, or rendered one that may not be published (cut short, or carrying live
/// script): <see cref="Exception.Message"/> is the FG0204 line, located in the template, that the build reports.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>A failure with its diagnostic line.</summary>
    public TemplateException(string diagnostic) : base(diagnostic)
    {
    }
}
