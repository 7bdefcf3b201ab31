using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FindingsGen.Language;
using FindingsGen.Language.Model;

namespace FindingsGen.Site.Serve;

/// <summary>
/// What a check result means for the site's files, in two parts that <c>serve</c> compares from one rebuild to the next:
/// the <see cref="SiteKey"/> (everything every page shows or links by: the manifest, the navigation, the draft state, where
/// each anchor lands, the numbering of quotations and claims) and a digest per page file (its diagnostics and its quotations'
/// trace results). When the key differs, every file is made again; otherwise only the files of the pages whose digest or
/// text differs, with the shared files (overview, index, report, data), which are always made and compared.
/// </summary>
internal sealed class RenderScope
{
    private readonly ILookup<Page, Theme> themesByPage;
    private readonly HashSet<string> perItem;

    private RenderScope(string siteKey, Dictionary<string, string> pageDigests, SitePaths paths, CheckResult result, ILookup<Page, Theme> themesByPage)
    {
        SiteKey = siteKey;
        PageDigests = pageDigests;
        Paths = paths;
        Result = result;
        this.themesByPage = themesByPage;
        perItem = new HashSet<string>(result.Study.Themes.Select(paths.Theme), StringComparer.Ordinal);
        foreach (var participant in result.Study.Manifest.Participants)
        {
            if (paths.Participant(participant.Id) is { } file) perItem.Add(file);
        }
    }

    /// <summary>Everything that, when it changes, can change any file of the site.</summary>
    public string SiteKey { get; }

    /// <summary>Per page file (study-relative): its diagnostics and the trace results of its quotations.</summary>
    public Dictionary<string, string> PageDigests { get; }

    /// <summary>The site's paths for this result.</summary>
    public SitePaths Paths { get; }

    /// <summary>The result described.</summary>
    public CheckResult Result { get; }

    /// <summary>Describes <paramref name="result"/>; <paramref name="manifestVersion"/> counts the manifests read (a new one changes everything).</summary>
    public static RenderScope Of(CheckResult result, int manifestVersion, bool draft)
    {
        var study = result.Study;
        var paths = new SitePaths(study);
        var themesByPage = study.Themes.ToLookup(t => t.Page);
        var key = new StringBuilder();
        key.Append(manifestVersion).Append('|').Append(draft).Append('|').Append(result.Errors).Append('|').Append(result.Warnings).Append('\n');
        foreach (var page in study.Pages) key.Append("page ").Append(page.Path).Append('\n');
        foreach (var theme in study.Themes)
        {
            key.Append("theme ").Append(theme.Id).Append('\u0001').Append(theme.Title).Append('\u0001').Append(theme.Short).Append('\u0001').Append(theme.Page.Path).Append('\u0001').Append(paths.Theme(theme)).Append('\n');
            foreach (var subtheme in theme.Subthemes) key.Append(" sub ").Append(subtheme.Id).Append('\u0001').Append(subtheme.Title).Append('\u0001').Append(subtheme.Short).Append('\n');
        }
        // Quotations and claims are numbered through the study, and two quotations of the same words and speakers share an
        // anchor's stem: how many each page holds, and such twins, change the numbers and anchors of pages after it.
        foreach (var group in study.Quotations.GroupBy(q => q.Page.Path, StringComparer.Ordinal)) key.Append("quotations ").Append(group.Key).Append(' ').Append(group.Count()).Append('\n');
        foreach (var group in study.Claims.GroupBy(c => c.Page.Path, StringComparer.Ordinal)) key.Append("claims ").Append(group.Key).Append(' ').Append(group.Count()).Append('\n');
        foreach (var twins in study.Quotations.Where(q => q.Id is null).GroupBy(q => string.Join(" ", q.From.Select(f => f.Id)) + "\n" + q.Text.Text, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            key.Append("twins ").Append(string.Join(" ", twins.Select(q => q.Page.Path + ":" + q.Location.Line))).Append('\n');
        }
        // An anchor is linked to from any page (a cross-reference, the index): its ID, title and the site page it lands on.
        var landing = Landing(study, paths, themesByPage);
        foreach (var anchor in study.Anchors)
        {
            key.Append("anchor ").Append(anchor.Id).Append('\u0001').Append(anchor.Kind).Append('\u0001').Append(anchor.Title).Append('\u0001')
                .Append(landing(anchor.Location.File, anchor.Location.Line)).Append('\n');
        }
        foreach (var quotation in study.Quotations.Where(q => q.Id is not null)) key.Append("quotation ").Append(quotation.Id).Append('\u0001').Append(landing(quotation.Page.Path, quotation.Location.Line)).Append('\n');

        var digests = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        StringBuilder Digest(string file) => digests.TryGetValue(file, out var b) ? b : digests[file] = new StringBuilder();
        foreach (var diagnostic in result.Diagnostics) Digest(diagnostic.Location.File).Append(diagnostic).Append('\n');
        foreach (var trace in result.Traces)
        {
            Digest(trace.Quotation.Page.Path).Append(trace.Quotation.Index).Append(' ').Append(trace.Participant).Append(' ').Append(trace.Status).Append(' ')
                .Append(trace.QuotationHash).Append(' ').Append(trace.TranscriptPath).Append(' ').Append(trace.GroupTranscript).Append(' ').Append(trace.TranscriptHash).Append(' ')
                .Append(trace.FirstLine).Append('-').Append(trace.LastLine).Append(' ').Append(trace.SpeakersUnknown).Append(' ').Append(trace.LockedTranscriptHash).Append(' ')
                .Append(trace.LockedNearVerbatim).Append('\n');
        }
        return new RenderScope(key.ToString(), digests.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal), paths, result, themesByPage);
    }

    /// <summary>
    /// The site files a page file's words are shown on: the pages of the themes it starts and of the theme it continues,
    /// and the participants' pages of the quotations it holds.
    /// </summary>
    public IEnumerable<string> FilesOf(string pageFile)
    {
        var study = Result.Study;
        Theme? current = null;
        foreach (var page in study.Pages)
        {
            if (page.Path == pageFile)
            {
                if (current is not null) yield return Paths.Theme(current);
                foreach (var theme in themesByPage[page]) yield return Paths.Theme(theme);
                foreach (var quotation in study.Quotations.Where(q => q.Page == page))
                {
                    foreach (var from in quotation.From)
                    {
                        if (Paths.Participant(from.Id) is { } participant) yield return participant;
                    }
                }
                yield break;
            }
            foreach (var theme in themesByPage[page]) current = theme;
        }
    }

    /// <summary>Whether <paramref name="path"/> is a theme's or a participant's page (made only when its words may have changed).</summary>
    public bool IsPerItem(string path) => perItem.Contains(path);

    /// <summary>Where a line of a page file lands: the theme whose heading is the last before it, or the overview.</summary>
    private static Func<string, int, string> Landing(Study study, SitePaths paths, ILookup<Page, Theme> themesByPage)
    {
        var starts = new Dictionary<string, List<(int Line, string Site)>>(StringComparer.Ordinal);
        string before = SitePaths.Index;
        var atStart = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in study.Pages)
        {
            atStart[page.Path] = before;
            var list = themesByPage[page].Select(t => (t.Location.Line, paths.Theme(t))).ToList();
            starts[page.Path] = list;
            if (list.Count > 0) before = list[list.Count - 1].Item2;
        }
        return (file, line) =>
        {
            if (!starts.TryGetValue(file, out var list)) return SitePaths.Index;
            string site = atStart[file];
            foreach (var (start, path) in list)
            {
                if (start <= line) site = path;
            }
            return site;
        };
    }
}
