using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FindingsGen.Tests;

/// <summary>Script URLs in every spelling, a study full of them, and the check that a built site runs none.</summary>
internal static class ScriptLinks
{
    /// <summary>Script URLs as they may be written in Markdown (entities are decoded by the Markdown reader), each obfuscated differently.</summary>
    internal static readonly string[] ScriptUrls =
    {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(2)",
        "&#106;avascript:alert(3)",
        "&#x6A;avascript:alert(4)",
        "&#0000106;avascript:alert(5)",
        "java&#x09;script:alert(6)",
        "java&#9;script:alert(7)",
        "java&Tab;script:alert(8)",
        "java&NewLine;script:alert(9)",
        "javascript&colon;alert(10)",
        "javascript&#58;alert(11)",
        "&#x20;javascript:alert(12)",
        "&#1;javascript:alert(13)",
        "vbscript:msgbox(14)",
        "VBScript:msgbox(15)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxNik8L3NjcmlwdD4=",
        "DATA:text/html,%3Cscript%3Ealert(17)%3C/script%3E",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTgpPg==",
        "livescript:alert(19)",
        "javascript:/*http://x*/alert(20)",
        "&amp;#106;avascript:alert(21)",
        "JAVASCRIPT:console.log('script\\x20ran')",
        "javascript:document.title='script\\x20ran'",
    };

    /// <summary>A study with every script URL of <see cref="ScriptUrls"/> in every link form and place, and raw HTML that would run.</summary>
    internal static TempStudy StudyFullOfScriptLinks()
    {
        var temp = new TempStudy();
        temp.Write("findings.yml", "title: Links\nparticipants:\n  T1: {}\n  T2: {}\nfrequency: { two: 2 }\nrules: { FG0008: none, FG0106: none }\n");
        var page = new StringBuilder("# Links {#links .theme}\n\nAn ordinary [link](https://example.org/) and a [cross-reference](#links).\n\n");
        for (int i = 0; i < ScriptUrls.Length; i++)
        {
            string url = ScriptUrls[i];
            page.Append($"## Form {i} {{#form{i} .subtheme}}\n\n");
            page.Append($"Inline [inline{i}]({url}), image ![image{i}]({url}), reference [reference{i}][ref{i}], autolink <{url}>.\n\n");
            page.Append($"[ref{i}]: {url}\n\n");
            page.Append($"In a span: [see [span{i}]({url}) and <{url}>]{{.note}}\n\n");
            page.Append($"In a claim: [Two [claim{i}]({url})]{{.freq of=\"T1 T2\"}} participants.\n\n");
            page.Append($"::: {{.note}}\nIn a div: [div{i}]({url}) ![divimage{i}]({url})\n:::\n\n");
            page.Append($"| a | b |\n|---|---|\n| [cell{i}]({url}) | <{url}> |\n\n");
            page.Append($"> quoted [blockquote{i}]({url})\n\n- listed [list{i}]({url})\n\n### A heading with [heading{i}]({url})\n\n");
        }
        page.Append("<script>alert('raw script')</script>\n\n<img src=x onerror=alert('raw img')>\n\n<a href=javascript:alert('raw a')>raw link</a>\n\n" +
                    "Inline <b onclick=alert('raw b')>bold</b> and <svg onload=alert('raw svg')> and <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>\n\n" +
                    "[<img src=y onerror=alert('span img')>]{.note} [Two <a href=\"javascript:alert('claim a')\">x</a>]{.freq of=\"T1 T2\"}\n");
        temp.Write("results.md", page.ToString());
        return temp;
    }

    /// <summary>
    /// The first tag attribute, in any HTML page of <paramref name="site"/>, that a browser would run as script: an
    /// <c>on…</c> attribute, or a URL attribute whose value (entities decoded, controls and spaces dropped) has a script
    /// scheme. Read with its own simple parser, not with the site's <see cref="PageCheck"/>.
    /// </summary>
    internal static string? LiveScript(string site)
    {
        var tag = new Regex("<[a-zA-Z][^>]*>");
        var attribute = new Regex("([^\\s=/>\"']+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
        foreach (var (name, text) in SiteBuilds.Files(site).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            string withoutScripts = Regex.Replace(text, "(<script[^>]*>).*?</script>", "$1", RegexOptions.Singleline | RegexOptions.IgnoreCase);
            foreach (Match t in tag.Matches(withoutScripts))
            {
                foreach (Match a in attribute.Matches(t.Value.Substring(1).TrimEnd('>')).Skip(1))
                {
                    string key = a.Groups[1].Value.ToLowerInvariant();
                    string value = WebUtility.HtmlDecode(a.Groups[2].Value.Trim('"', '\''));
                    value = new string(value.Where(c => c > ' ' && c != '\u007F').ToArray()).ToLowerInvariant();
                    if (key.StartsWith("on", StringComparison.Ordinal)) return $"{name}: {t.Value}";
                    if (key is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcset" or "poster" or "data" &&
                        (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) ||
                         value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("livescript:", StringComparison.Ordinal)))
                    {
                        return $"{name}: {t.Value}";
                    }
                }
            }
        }
        return null;
    }
}
