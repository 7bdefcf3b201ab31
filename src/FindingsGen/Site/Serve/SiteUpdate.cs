using System.Collections.Generic;
using FindingsGen.Language;

namespace FindingsGen.Site.Serve;

/// <summary>
/// What one rebuild of <see cref="IncrementalSite"/> did: the check's result, the site files whose bytes changed (what open
/// pages are told; <paramref name="ChangedLater"/>: those not already served early), and the work done, for the log line and for
/// the tests that count it.
/// </summary>
internal sealed record SiteUpdate(CheckResult Result, IReadOnlyList<string> Changed, IReadOnlyList<string> ChangedLater, int FilesMade, bool Whole, int PagesParsed, long QuotationsTraced, string Laps);
