using System;

namespace FindingsGen.Site;

/// <summary>
/// One file of the site, not yet made: <paramref name="Path"/> relative to the site's root ('/'-separated), whether it is an
/// HTML page (counted and checked as one), and how to make its bytes (may throw <see cref="TemplateException"/>).
/// </summary>
public sealed record RenderJob(string Path, bool IsPage, Func<byte[]> Make);
