using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using FindingsGen.Benchmarks;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Tracing;
using FindingsGen.Language.Transcripts;

// dotnet run -c Release --project bench/FindingsGen.Benchmarks -- [--describe | --memory | --write-index-study DIR [N] |
//   --write-site-study DIR [PAGES] [--quotations-per-page Q] [--transcripts T] | --write-check-study DIR [WORDS] | --stages [STUDY] |
//   BenchmarkDotNet arguments]
if (args.Length > 0 && args[0] == "--describe")
{
    Console.WriteLine(TracingBenchmarks.Describe());
    Console.WriteLine(ExportTracingBenchmarks.Describe());
    return 0;
}
if (args.Length > 1 && args[0] == "--write-corpus")
{
    // The synthetic study as files, split into 50 pages of 20 quotations, for whole-build measurements.
    var corpus = SyntheticCorpus.Generate();
    corpus.WriteTo(args[1]);
    File.Delete(Path.Combine(args[1], "results.md"));
    var quotes = corpus.QuotationBlocks;
    for (int p = 0; p < 50; p++)
    {
        string heading = p == 0 ? "# Synthetic theme {#synthetic .theme}\n\n## Synthetic subtheme {#synthetic-sub .subtheme}\n\n" : $"# Page {p} {{#page-{p}}}\n\n";
        File.WriteAllText(Path.Combine(args[1], $"p{p + 1:00}.md"), heading + string.Join("\n\n", quotes.Skip(p * 20).Take(20)) + "\n");
    }
    Console.WriteLine($"wrote {corpus.Transcripts.Count} transcripts and 50 pages to {args[1]}");
    return 0;
}
if (args.Length > 1 && args[0] == "--write-check-study")
{
    // bench/check-large.sh: 1,250 transcripts of ~8,000 words (10 M words) and 10,000 quotations, or WORDS in all.
    long words = args.Length > 2 ? long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
    int transcripts = (int)Math.Max(1, words / 8000);
    var written = SyntheticCorpus.WriteCheckStudy(args[1], transcripts, 8000, transcripts * 8);
    Console.WriteLine($"wrote {transcripts} transcripts, {written.TranscriptWords} words, {written.TranscriptBytes} bytes, {transcripts * 8} quotations to {args[1]}");
    return 0;
}
if (args.Length > 1 && args[0] == "--write-site-study")
{
    // 1,000 pages (or the number given) of ~600 words and 5 quotations each (--quotations-per-page Q), traced against 100
    // transcripts of 8,000 words (--transcripts T), as a FindingsGen study and as the same pages for Hugo.
    int pageCount = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    int perPage = 5, transcriptCount = 100;
    for (int a = 2; a < args.Length; a++)
    {
        if (args[a] == "--quotations-per-page" && a + 1 < args.Length) perPage = int.Parse(args[++a], System.Globalization.CultureInfo.InvariantCulture);
        else if (args[a] == "--transcripts" && a + 1 < args.Length) transcriptCount = int.Parse(args[++a], System.Globalization.CultureInfo.InvariantCulture);
    }
    var clock = Stopwatch.StartNew();
    var corpus = SyntheticCorpus.Generate(transcripts: transcriptCount, quotations: pageCount * perPage);
    string study = Path.Combine(args[1], "study"), hugo = Path.Combine(args[1], "hugo");
    corpus.WriteTo(study);
    File.Delete(Path.Combine(study, "results.md"));
    var quotes = corpus.QuotationBlocks;
    var random = new Random(42);
    var pages = new System.Collections.Generic.List<string>();
    Directory.CreateDirectory(Path.Combine(hugo, "content"));
    Directory.CreateDirectory(Path.Combine(hugo, "layouts", "_default"));
    for (int p = 0; p < pageCount; p++)
    {
        string name = "p" + (p + 1).ToString(new string('0', Math.Max(4, pageCount.ToString(System.Globalization.CultureInfo.InvariantCulture).Length)), System.Globalization.CultureInfo.InvariantCulture) + ".md";
        pages.Add(name);
        var body = new System.Text.StringBuilder();
        body.Append($"# Theme {p + 1} {{#t{p + 1} .theme}}\n\n## Subtheme {p + 1} {{#s{p + 1} .subtheme}}\n\n");
        for (int q = 0; q < perPage; q++) body.Append(SyntheticCorpus.Prose(random, 120)).Append("\n\n").Append(quotes[p * perPage + q]).Append("\n\n");
        File.WriteAllText(Path.Combine(study, name), body.ToString());
        File.WriteAllText(Path.Combine(hugo, "content", name), $"---\ntitle: \"Theme {p + 1}\"\n---\n\n" + body);
    }
    File.AppendAllText(Path.Combine(study, "findings.yml"), "pages: [" + string.Join(", ", pages) + "]\n");
    File.WriteAllText(Path.Combine(hugo, "hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Synthetic'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
    File.WriteAllText(Path.Combine(hugo, "layouts", "_default", "single.html"), "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><nav><a href=\"/\">Home</a></nav><main>{{ .Content }}</main></body></html>\n");
    File.WriteAllText(Path.Combine(hugo, "layouts", "_default", "list.html"), "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
    File.WriteAllText(Path.Combine(hugo, "layouts", "index.html"), "<!DOCTYPE html><html><head><title>{{ .Site.Title }}</title></head><body><ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
    Console.WriteLine($"wrote {pageCount} pages, {pageCount * perPage} quotations, {corpus.Transcripts.Count} transcripts to {study}, and the same pages for Hugo to {hugo} in {clock.ElapsedMilliseconds} ms");
    return 0;
}
if (args.Length > 1 && args[0] == "--write-index-study")
{
    // The quotation index at scale (issue 16): 20,000 quotations (or the number given) by 100 participants under
    // 5 themes of 4 subthemes, each quotation a turn of its participant's transcript (bench/quotation-index.sh).
    int count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20000;
    FindingsGen.Testing.QuotationIndexStudy.Write(args[1], count);
    Console.WriteLine($"wrote {count} quotations by 100 participants under 5 themes of 4 subthemes to {args[1]}");
    return 0;
}
if (args.Length > 0 && args[0] == "--memory")
{
    // Peak working set of one cold trace in a fresh process, against the corpus size on disk.
    var corpus = SyntheticCorpus.Generate();
    string folder = Path.Combine(Path.GetTempPath(), "findingsgen-memory-" + Environment.ProcessId);
    corpus.WriteTo(folder);
    var manifest = FindingsGen.Language.FindingsChecker.ReadManifest(corpus.Manifest, new DiagnosticList());
    var study = FindingsGen.Language.Model.StudyParser.Parse(manifest, new[] { new System.Collections.Generic.KeyValuePair<string, string>("results.md", corpus.Page) });
    GC.Collect();
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    long before = self.WorkingSet64;
    var input = new TracingInput { TranscriptsAvailable = true, Parallelism = Environment.ProcessorCount };
    foreach (var file in Directory.GetFiles(Path.Combine(folder, "transcripts")))
    {
        string id = Path.GetFileNameWithoutExtension(file);
        input.Transcripts[id] = new TranscriptSource(id, Path.GetFileName(file), "txt", File.ReadAllText(file));
    }
    QuotationTracer.Trace(study, input, new DiagnosticList());
    self.Refresh();
    long peak = self.PeakWorkingSet64;
    Directory.Delete(folder, true);
    Console.WriteLine($"corpus {corpus.TranscriptBytes / 1e6:0.0} MB; working set before tracing {before / 1e6:0.0} MB, peak {peak / 1e6:0.0} MB; " +
                      $"growth {(peak - before) / 1e6:0.0} MB = {(double)(peak - before) / corpus.TranscriptBytes:0.0}x the corpus; peak = {(double)peak / corpus.TranscriptBytes:0.0}x");
    return 0;
}
if (args.Length > 1 && args[0] == "--stages")
{
    // The cold check's tracing of a study folder (bench/check-large.sh), stage by stage on one thread, then the whole of
    // reading and indexing on every core with its CPU time: median of 3 runs after one warm-up.
    string root = args[1];
    var files = Directory.GetFiles(Path.Combine(root, "transcripts"));
    double Median(Action action)
    {
        var times = new System.Collections.Generic.List<double>();
        for (int i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            if (i >= 1) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
    var bytes = Array.ConvertAll(files, File.ReadAllBytes);
    Console.WriteLine($"{files.Length} transcripts, {bytes.Sum(b => (long)b.Length) / 1e6:0.0} MB");
    Console.WriteLine($"read      {Median(() => Array.ConvertAll(files, File.ReadAllBytes)):0} ms (bytes)");
    var texts = Array.ConvertAll(bytes, b => System.Text.Encoding.UTF8.GetString(b));
    Console.WriteLine($"decode    {Median(() => Array.ConvertAll(bytes, b => System.Text.Encoding.UTF8.GetString(b))):0} ms");
    Console.WriteLine($"hash      {Median(() => Array.ForEach(texts, t => Sha256Hex.Of(Sha256Hex.Canonical(t)))):0} ms");
    Console.WriteLine($"split     {Median(() => Array.ForEach(texts, t => TextTranscriptReader.Read(t))):0} ms");
    var split = Array.ConvertAll(texts, TextTranscriptReader.Read);
    Console.WriteLine($"index     {Median(() => Array.ForEach(split, l => TranscriptIndex.Build(l))):0} ms");
    split = null;
    var manifest = FindingsGen.Language.FindingsChecker.ReadManifest(File.ReadAllText(Path.Combine(root, "findings.yml")), new DiagnosticList());
    var pages = Directory.GetFiles(root, "*.md").OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => new System.Collections.Generic.KeyValuePair<string, string>(Path.GetFileName(f), File.ReadAllText(f))).ToList();
    var study = FindingsGen.Language.Model.StudyParser.Parse(manifest, pages);
    var cache = new TracingCache(transcripts: files.Length + 16);
    var input = new TracingInput { TranscriptsAvailable = true, Cache = cache };
    for (int i = 0; i < files.Length; i++) input.Transcripts[Path.GetFileNameWithoutExtension(files[i])] = new TranscriptSource(Path.GetFileNameWithoutExtension(files[i]), "", "txt", texts[i]);
    QuotationTracer.Trace(study, input, new DiagnosticList());
    Console.WriteLine($"match     {Median(() => { cache.Verbatim.Clear(); QuotationTracer.Trace(study, input, new DiagnosticList()); }):0} ms ({study.Quotations.Count} quotations, indexes built, one thread)");
    input = null; cache = null; texts = null; bytes = null;
    GC.Collect();
    using var self = Process.GetCurrentProcess();
    var cpu = self.TotalProcessorTime;
    double wall = Median(() => { _ = FindingsGen.Files.StudyLoader.Load(root, out _, new TracingCache(transcripts: files.Length + 16))!.Input; });
    self.Refresh();
    Console.WriteLine($"load      {wall:0} ms wall, {(self.TotalProcessorTime - cpu).TotalMilliseconds / 4:0} ms CPU per run (StudyLoader: read and index every transcript on {Environment.ProcessorCount} cores while the pages are read)");
    // What stays live once checked: the indexes against everything else (pages, model, records).
    GC.Collect();
    long empty = GC.GetTotalMemory(true);
    var loaded = FindingsGen.Files.StudyLoader.Load(root, out _, new TracingCache(transcripts: files.Length + 16))!.Input;
    long indexBytes = loaded.Tracing!.Transcripts.Values.Sum(t => t.Indexed is { } x ? (long)x.Index.Length + 2L * x.Index.TokenCount : 0);
    long afterLoad = GC.GetTotalMemory(true) - empty;
    var result = FindingsGen.Language.FindingsChecker.Check(loaded);
    long afterCheck = GC.GetTotalMemory(true) - empty;
    Console.WriteLine($"live      (GC.GetTotalMemory, approximate) {afterLoad / 1e6:0.0} MB after loading (indexes' words and offsets {indexBytes / 1e6:0.0} MB), {afterCheck / 1e6:0.0} MB after checking ({result.Traces.Count} records); peak working set {self.PeakWorkingSet64 / 1e6:0} MB");
    GC.KeepAlive(loaded);
    return 0;
}
if (args.Length > 0 && args[0] == "--stages")
{
    // Where a cold trace spends its time, stage by stage (median of 15 runs each, after 3 warm-ups).
    var corpus = SyntheticCorpus.Generate();
    string folder = Path.Combine(Path.GetTempPath(), "findingsgen-stages-" + Environment.ProcessId);
    corpus.WriteTo(folder);
    var files = Directory.GetFiles(Path.Combine(folder, "transcripts"));
    double Median(Action action)
    {
        var times = new System.Collections.Generic.List<double>();
        for (int i = 0; i < 18; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            if (i >= 3) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
    var texts = Array.ConvertAll(files, File.ReadAllText);
    Console.WriteLine($"read      {Median(() => Array.ConvertAll(files, File.ReadAllText)):0.0} ms");
    Console.WriteLine($"sha256    {Median(() => Array.ForEach(texts, t => Sha256Hex.Of(t))):0.0} ms");
    Console.WriteLine($"lines     {Median(() => Array.ForEach(texts, t => TextTranscriptReader.Read(t))):0.0} ms");
    var lines = Array.ConvertAll(texts, TextTranscriptReader.Read);
    Console.WriteLine($"index     {Median(() => Array.ForEach(lines, l => TranscriptIndex.Build(l))):0.0} ms");
    var manifest = FindingsGen.Language.FindingsChecker.ReadManifest(corpus.Manifest, new DiagnosticList());
    var study = FindingsGen.Language.Model.StudyParser.Parse(manifest, new[] { new System.Collections.Generic.KeyValuePair<string, string>("results.md", corpus.Page) });
    var cache = new TracingCache();
    var input = new TracingInput { TranscriptsAvailable = true, Cache = cache };
    for (int i = 0; i < files.Length; i++) input.Transcripts[Path.GetFileNameWithoutExtension(files[i])] = new TranscriptSource(Path.GetFileNameWithoutExtension(files[i]), "", "txt", texts[i]);
    QuotationTracer.Trace(study, input, new DiagnosticList());
    Console.WriteLine($"trace     {Median(() => { cache.Verbatim.Clear(); QuotationTracer.Trace(study, input, new DiagnosticList()); }):0.0} ms (indexes cached, results not)");
    var indexed = new System.Collections.Generic.Dictionary<string, TranscriptIndex>();
    foreach (var (id, source) in input.Transcripts) indexed[id] = cache.Index(source, new[] { "I" }).Index;
    var patterns = study.Quotations.Select(q => (q.From[0].Id, SegmentPattern.Of(q.Traced))).ToList();
    // Matching alone: every turn may hold the quotation (who speaks is TurnRoles' work, not measured here).
    var everyTurn = indexed.ToDictionary(p => p.Key, p => Enumerable.Repeat(true, p.Value.TurnSpeakers.Length).ToArray());
    Console.WriteLine($"patterns  {Median(() => { foreach (var q in study.Quotations) SegmentPattern.Of(q.Traced); }):0.0} ms");
    Console.WriteLine($"match     {Median(() => { foreach (var (id, p) in patterns) ExactMatcher.FindQuotation(indexed[id], p, everyTurn[id]); }):0.0} ms");
    Console.WriteLine($"quotehash {Median(() => { foreach (var q in study.Quotations) QuotationHash.Of(q.Traced, "P001"); }):0.0} ms");
    Console.WriteLine($"normalize {Median(() => { foreach (var q in study.Quotations) foreach (var seg in q.Traced.Segments) foreach (var p in seg.Pieces) TextNormalizer.Normalize(p.Text); }):0.0} ms");
    Console.WriteLine($"all cold  {Median(() => { var fresh = new TracingInput { TranscriptsAvailable = true, Parallelism = Environment.ProcessorCount, Cache = new TracingCache() }; foreach (var f in files) { string id = Path.GetFileNameWithoutExtension(f); fresh.Transcripts[id] = new TranscriptSource(id, "", "txt", File.ReadAllText(f)); } QuotationTracer.Trace(study, fresh, new DiagnosticList()); }):0.0} ms");
    Directory.Delete(folder, true);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(TracingBenchmarks).Assembly).Run(args);
return 0;
