using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

// dotnet run -c Release --project bench/FindingsGen.BrowserBench -- SITE [RUNS] [--search WORD] [--theme ID] [--participant ID]
//
// Opens SITE/quotations.html from disk in Debian's Chromium (never a downloaded browser) and times what a reader does:
// from each input event (its timeStamp) to the next frame (a requestAnimationFrame callback, then a setTimeout(0) that
// runs once that frame is produced). Prints median and p95 per action, in milliseconds.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: FindingsGen.BrowserBench SITE [RUNS] [--search WORD] [--theme ID] [--participant ID]");
    return 2;
}
string site = Path.GetFullPath(args[0]);
int runs = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int r) ? r : 10;
string Option(string name, string fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
string word = Option("--search", "lantern"), theme = Option("--theme", "t3"), who = Option("--participant", "P042");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = new[] { "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
});
var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
string file = Path.Combine(site, "quotations.html");
var watch = Stopwatch.StartNew();
await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
double load = watch.Elapsed.TotalMilliseconds;
int quotations = await page.Locator(".quote-list > li").CountAsync();
Console.WriteLine($"quotations.html: {new FileInfo(file).Length:N0} bytes, {quotations:N0} quotations; opened (load event) in {load:0} ms");

// Each input, click or change records, after the next frame, how long it took from the event's creation.
await page.EvaluateAsync(@"() => {
  window.__frames = [];
  const record = e => { const t0 = e.timeStamp; requestAnimationFrame(() => setTimeout(() => window.__frames.push(performance.now() - t0), 0)); };
  document.addEventListener('keydown', record, true);
  document.addEventListener('change', record, true);
  document.addEventListener('click', record, true);
}");
var search = page.Locator("#q-search");

async Task<double> Next(Func<Task> action)
{
    int before = await page.EvaluateAsync<int>("() => window.__frames.length");
    await action();
    await page.WaitForFunctionAsync($"() => window.__frames.length > {before}");
    await page.WaitForTimeoutAsync(50); // the highlighting after the frame is done before the next input
    return await page.EvaluateAsync<double>($"() => window.__frames[{before}]");
}

var results = new List<(string What, List<double> Times)>();
var typing = new List<double>();
var clearing = new List<double>();
var clearButton = new List<double>();
var themes = new List<double>();
var participants = new List<double>();
await search.FocusAsync();
for (int run = 0; run < runs; run++)
{
    foreach (char c in word) typing.Add(await Next(() => page.Keyboard.PressAsync(c.ToString())));
    await page.Keyboard.PressAsync("Control+A");
    clearing.Add(await Next(() => page.Keyboard.PressAsync("Backspace")));
    themes.Add(await Next(() => page.Locator("#q-theme").SelectOptionAsync(theme)));
    themes.Add(await Next(() => page.Locator("#q-theme").SelectOptionAsync("")));
    participants.Add(await Next(() => page.Locator("#q-participant").SelectOptionAsync(who)));
    participants.Add(await Next(() => page.Locator("#q-participant").SelectOptionAsync("")));
    await search.FillAsync(word);
    await page.WaitForTimeoutAsync(50);
    clearButton.Add(await Next(() => page.Locator("#q-clear").ClickAsync()));
}
results.Add(($"type \"{word}\" letter by letter ({word.Length} keystrokes a run)", typing));
results.Add(("clear the search (Backspace on the selected word)", clearing));
results.Add(("Clear button after a search", clearButton));
results.Add(($"choose a theme ({theme}, then all themes)", themes));
results.Add(($"choose a participant ({who}, then all participants)", participants));

static double Percentile(List<double> values, double p)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
Console.WriteLine($"event to next frame, {runs} runs (ms):");
Console.WriteLine($"{"action",-58} {"n",4} {"median",7} {"p95",7} {"max",7}");
foreach (var (what, times) in results)
{
    Console.WriteLine($"{what,-58} {times.Count,4} {Percentile(times, 0.5),7:0.0} {Percentile(times, 0.95),7:0.0} {times.Max(),7:0.0}");
}
return 0;
