using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FindingsGen.Language;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FindingsGen.Site;

/// <summary>
/// <c>findings serve</c>: builds the site in memory (always as a draft, so problems show on the page rather than
/// blocking it), serves it on 127.0.0.1 with Kestrel, watches the study and rebuilds on change, and tells open
/// pages over server-sent events to reload, or to show the diagnostics in an overlay.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    /// <summary>Where open pages listen for changes.</summary>
    public const string EventsPath = "/__findings/events";

    private readonly string study;
    private readonly TextWriter log;
    private readonly object gate = new();
    private readonly object building = new(); // one rebuild at a time, so an older one never replaces a newer one
    private readonly CancellationTokenSource stopping = new();
    // Kept for the server's life: what was read, parsed, traced and made, so a rebuild after an edit redoes only what it must.
    private readonly Serve.IncrementalSite site;
    private SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private string[] diagnostics = Array.Empty<string>();
    private int version;
    // The files each recent build changed, by version, so that an open page reloads only when its own file changed.
    private readonly Queue<(int Version, IReadOnlyList<string> Changed)> history = new();
    private const int HistoryLength = 64;
    // The paths the watcher reported since the last rebuild: read again whatever their size and time say.
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private WebApplication? app;
    private FileSystemWatcher? watcher;
    private Timer? debounce;

    private SiteServer(string study, TextWriter log)
    {
        this.study = study;
        this.log = log;
        site = new Serve.IncrementalSite(study, LiveReloadScript);
    }

    /// <summary>How long the watcher waits after a change for more: an editor's save is a burst of writes (or a write and a rename) within a few milliseconds.</summary>
    public const int DebounceMilliseconds = 30;

    /// <summary>What the last rebuild did (tests count its work).</summary>
    internal Serve.SiteUpdate? LastUpdate { get; private set; }

    /// <summary>The kept state (tests count its parses and traces).</summary>
    internal Serve.IncrementalSite Site => site;

    /// <summary>The address being served.</summary>
    public string Url { get; private set; } = "";

    /// <summary>How many builds have been served.</summary>
    public int Version
    {
        get { lock (gate) return version; }
    }

    /// <summary>Cancelled when the server stops (by <see cref="DisposeAsync"/>, or by the host itself).</summary>
    public CancellationToken Stopping => stopping.Token;

    /// <summary>Builds, starts serving on <paramref name="port"/> (0: any free port) and starts watching.</summary>
    public static async Task<SiteServer?> StartAsync(string study, int port, TextWriter log, TextWriter errors)
    {
        var server = new SiteServer(study, log);
        if (!server.Rebuild(errors)) return null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(study) });
        builder.Logging.ClearProviders();
        // Open pages hold an event stream until they are closed: stopping does not wait for them.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(500));
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // One handler for every path (MapFallback would skip paths with a file extension).
        app.Run(context => context.Request.Path == EventsPath ? server.EventsAsync(context) : server.ServeAsync(context));
        await app.StartAsync();
        server.app = app;
        app.Lifetime.ApplicationStopping.Register(() => server.stopping.Cancel());
        server.Url = app.Urls.First().TrimEnd('/');
        server.Watch();
        return server;
    }

    private bool Rebuild(TextWriter errors)
    {
        string[] paths;
        lock (reported)
        {
            paths = reported.ToArray();
            reported.Clear();
        }
        // The edited page is served as soon as it is made, and open pages showing it reload; the shared files follow.
        void Early(SortedDictionary<string, byte[]> site, IReadOnlyList<string> changed)
        {
            lock (gate)
            {
                files = site;
                version++;
                history.Enqueue((version, changed));
                while (history.Count > HistoryLength) history.Dequeue();
                Monitor.PulseAll(gate);
            }
        }
        var update = site.Update(paths, errors, Early);
        if (update is null) return false;
        var result = update.Result;
        var rendered = site.Files;
        lock (gate)
        {
            files = rendered;
            diagnostics = result.Diagnostics.Select(d => d.ToString()).ToArray();
            version++;
            history.Enqueue((version, update.ChangedLater));
            while (history.Count > HistoryLength) history.Dequeue();
            LastUpdate = update;
            Monitor.PulseAll(gate);
        }
        FindingsGen.Diagnostics.DiagnosticFormats.WriteText(log, result.Diagnostics);
        log.WriteLine($"findings serve: built {rendered.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal))} pages, {result.Errors} error(s), {result.Warnings} warning(s) (build {Version})");
        log.WriteLine($"findings serve: {(update.Whole ? "read the study again; " : "")}parsed {update.PagesParsed} page(s), traced {update.QuotationsTraced} quotation(s), made {update.FilesMade} file(s), {update.Changed.Count} changed ({update.Laps})");
        return true;
    }

    /// <summary>
    /// A rebuild after a change. Whatever stops it (the manifest gone mid-save, a template that no longer parses, a file
    /// being written, or a bug of ours) becomes the problem the open pages show, over the last good build, which
    /// stays served; the server itself never stops for it.
    /// </summary>
    internal void RebuildAfterChange()
    {
        lock (building)
        {
            if (stopping.IsCancellationRequested) return;
            var reasons = new StringWriter();
            string[]? problems;
            try
            {
                problems = Rebuild(reasons) ? null : Lines(reasons.ToString());
            }
            catch (Exception e)
            {
                // One line, as the command line says it: the exception's type and message, never a stack trace.
                problems = new[] { $"findings serve: could not rebuild ({e.GetType().Name}): {e.Message}" };
            }
            if (problems is null) return;
            if (problems.Length == 0) problems = new[] { "findings serve: could not rebuild" };
            problems = problems.Append("findings serve: still showing the last build that worked; fix this and save again").ToArray();
            lock (gate)
            {
                diagnostics = problems;
                version++;
                history.Enqueue((version, Array.Empty<string>())); // no file changed: open pages show the problems, and stay
                while (history.Count > HistoryLength) history.Dequeue();
                Monitor.PulseAll(gate);
            }
            foreach (var line in problems) log.WriteLine(line);
        }
    }

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    private void Watch()
    {
        string root = Path.GetFullPath(study);
        watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName | NotifyFilters.Size };
        debounce = new Timer(_ => RebuildAfterChange(), null, Timeout.Infinite, Timeout.Infinite);
        void Changed(object sender, FileSystemEventArgs e)
        {
            string relative = Path.GetRelativePath(root, e.FullPath).Replace('\\', '/');
            if (Files.FileStamps.Ignored(relative.Split('/')[0])) return;
            lock (reported) reported.Add(e.FullPath);
            if (e is RenamedEventArgs renamed) lock (reported) reported.Add(renamed.OldFullPath);
            debounce.Change(DebounceMilliseconds, Timeout.Infinite); // editors write a file in several steps: build once they are done
        }
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (s, e) => Changed(s, e);
        watcher.EnableRaisingEvents = true;
    }

    private Task ServeAsync(HttpContext context)
    {
        string path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0 || path.EndsWith("/", StringComparison.Ordinal)) path += "index.html";
        byte[]? body;
        lock (gate) files.TryGetValue(path, out body);
        if (body is null)
        {
            context.Response.StatusCode = 404;
            return context.Response.WriteAsync("Not found");
        }
        context.Response.ContentType = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".csv" => "text/csv; charset=utf-8",
            ".cff" => "application/x-yaml; charset=utf-8", // CITATION.cff: YAML, read as text by browsers and tools
            _ => "application/octet-stream",
        };
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }

    private async Task EventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        int sent = -1;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var aborted = either.Token;
        while (!aborted.IsCancellationRequested)
        {
            int current;
            string[] problems;
            List<string>? changed;
            lock (gate)
            {
                while (version == sent && !aborted.IsCancellationRequested) Monitor.Wait(gate, 1000);
                current = version;
                problems = diagnostics;
                changed = sent < 0 ? new List<string>() : ChangedSince(sent);
            }
            if (aborted.IsCancellationRequested) break;
            string json = EventJson(current, problems, changed);
            try
            {
                await context.Response.WriteAsync("data: " + json + "\n\n", Encoding.UTF8, aborted);
                await context.Response.Body.FlushAsync(aborted);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            sent = current;
        }
    }

    /// <summary>The files changed by the builds after <paramref name="sent"/>; null when they are too far back to know (every page reloads).</summary>
    private List<string>? ChangedSince(int sent)
    {
        if (history.Count == 0 || history.Peek().Version > sent + 1) return null;
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (built, paths) in history)
        {
            if (built > sent) changed.UnionWith(paths);
        }
        return changed.ToList();
    }

    /// <summary>
    /// An event for open pages: <c>{"version":N,"diagnostics":[…],"changed":[…]}</c>; <c>changed</c> lists the site files
    /// whose bytes changed since the stream's last event (null: unknown, every page reloads).
    /// </summary>
    private static string EventJson(int version, string[] diagnostics, List<string>? changed) => JsonBuffer.Text(default, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", version);
        json.WriteStartArray("diagnostics");
        foreach (var line in diagnostics) json.WriteStringValue(line);
        json.WriteEndArray();
        if (changed is null)
        {
            json.WriteNull("changed");
        }
        else
        {
            json.WriteStartArray("changed");
            foreach (var path in changed) json.WriteStringValue(path);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    });

    /// <summary>Added to every served page: reload when a new build changed this page's file, show the diagnostics in an overlay.</summary>
    public const string LiveReloadScript =
        "(function(){var seen=null;var es=new EventSource('" + EventsPath + "');" +
        "var p=decodeURIComponent(location.pathname).replace(/^\\/+/,'');if(p===''||/\\/$/.test(p))p+='index.html';" +
        "es.onmessage=function(e){var d=JSON.parse(e.data);if(seen!==null&&d.version!==seen&&(d.changed===null||d.changed.indexOf(p)>=0)){location.reload();return;}seen=d.version;show(d.diagnostics);};" +
        "function show(list){var el=document.getElementById('live-overlay');if(!list.length){if(el)el.remove();return;}" +
        "if(!el){el=document.createElement('aside');el.id='live-overlay';el.setAttribute('aria-label','Problems in the study');document.body.appendChild(el);}" +
        "el.textContent='';var h=document.createElement('strong');h.textContent=list.length+(list.length===1?' problem':' problems')+' in the study';el.appendChild(h);" +
        "list.forEach(function(t){var p=document.createElement('div');p.textContent=t;el.appendChild(p);});}})();";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Open event streams end first, so stopping the host has no request to wait for.
        stopping.Cancel();
        lock (gate) Monitor.PulseAll(gate);
        watcher?.Dispose();
        debounce?.Dispose();
        if (app is not null)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await app.StopAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                // What did not stop within a second is ended by disposing.
            }
            await app.DisposeAsync();
        }
        stopping.Dispose();
    }
}
