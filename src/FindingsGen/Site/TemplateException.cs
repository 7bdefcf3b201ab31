using System;
using System.Collections.Generic;
using FindingsGen.Language.Diagnostics;

namespace FindingsGen.Site;

/// <summary>
/// A template could not render a page, or rendered one that may not be published (cut short, or carrying live
/// script). It carries the FG0204 <see cref="Diagnostic"/>s, located in the template, that the build reports;
/// <see cref="Exception.Message"/> is them as compiler-style lines, one a line.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>A failure with its diagnostics.</summary>
    public TemplateException(IReadOnlyList<Diagnostic> diagnostics) : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>A failure with one diagnostic.</summary>
    public TemplateException(Diagnostic diagnostic) : this(new[] { diagnostic })
    {
    }

    /// <summary>What failed, in the one diagnostic shape.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
