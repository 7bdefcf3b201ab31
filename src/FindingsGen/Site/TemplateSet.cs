using FindingsGen.Language.Text;
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using FindingsGen.Site.Html;

namespace FindingsGen.Site;

/// <summary>
/// The Scriban templates: embedded in the tool, each overridable by a file of the same name in the study's
/// <c>_templates/</c>. A template with errors is refused before anything is rendered; one that fails while rendering
/// (an unknown variable, a loop or recursion past its limit, too slow, too much output) stops the build with a
/// located FG0204 error (<see cref="TemplateException"/>), and nothing is published. Output is never cut short: past
/// a limit the render fails rather than truncating.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The templates a site needs.</summary>
    public static readonly string[] Names = { "layout.html", "index.html", "theme.html", "participant.html", "participants.html", "quotations.html", "report.html" };

    /// <summary>Iterations a study's own template may run, all loops of one page together (the built-in ones loop over the study only).</summary>
    public const int UserLoopLimit = 5_000_000;

    /// <summary>How long a study's own template may take to render one page.</summary>
    public static readonly TimeSpan UserTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>Characters any template may write for one page (a page past it fails the build; it is never cut short).</summary>
    public const int OutputLimit = 512 * 1024 * 1024;

    /// <summary>Characters one value may have when a template converts it to text.</summary>
    public const int StringLimit = 64 * 1024 * 1024;

    private readonly Dictionary<string, Template> templates;
    private readonly HashSet<string> overridden;

    private TemplateSet(Dictionary<string, Template> templates, HashSet<string> overridden)
    {
        this.templates = templates;
        this.overridden = overridden;
    }

    /// <summary>
    /// Loads and parses the templates; <paramref name="errors"/> gets one FG0204 diagnostic per problem.
    /// An override that is one of <paramref name="transcripts"/> (a link to a transcript, another name of one) is refused.
    /// </summary>
    public static TemplateSet? Load(string studyRoot, List<Language.Diagnostics.Diagnostic> errors, Files.TranscriptIdentities? transcripts = null)
    {
        var loaded = new Dictionary<string, Template>(StringComparer.Ordinal);
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            // An override is read like every study file: a link out of the study, a FIFO or a huge file is refused.
            if (transcripts?.TranscriptAt(System.IO.Path.Combine(studyRoot, "_templates", name)) is { } transcript)
            {
                errors.Add(Diagnostic("_templates/" + name, 0, 0, $"the template '_templates/{name}' is a transcript (the same file as '{transcript}'); a transcript is never a template: it is not used"));
                continue;
            }
            var read = Files.ContainedFile.Read(studyRoot, "_templates/" + name, Files.FileLimits.Template, "a template", "the study folder");
            if (read.Refusal is not (Files.FileRefusal.None or Files.FileRefusal.Missing))
            {
                errors.Add(Diagnostic("_templates/" + name, 0, 0, $"the template {read.Problem}; it is not used"));
                continue;
            }
            bool own = read.Bytes is not null;
            int line = 0, column = 0;
            string? text = own ? Language.Text.Utf8Text.TryDecode(read.Bytes!, out line, out column) : Embedded("templates/" + name);
            if (text is null)
            {
                errors.Add(Diagnostic(DisplayName(name, own), line - 1, column - 1, "the template is not valid UTF-8 text; save it as UTF-8"));
                continue;
            }
            var template = Template.Parse(text, DisplayName(name, own));
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    errors.Add(Diagnostic(DisplayName(name, own), message.Span.Start.Line, message.Span.Start.Column, message.Message));
                }
                continue;
            }
            loaded[name] = template;
            if (own) overridden.Add(name);
        }
        return errors.Count == 0 ? new TemplateSet(loaded, overridden) : null;
    }

    /// <summary>Whether <paramref name="name"/> is the study's own template (from <c>_templates/</c>).</summary>
    public bool IsOverridden(string name) => overridden.Contains(name);

    /// <summary>How diagnostics name a template: the study's file, or the tool's own.</summary>
    public static string DisplayName(string name, bool overridden) => overridden ? "_templates/" + name : "(built-in) " + name;

    /// <summary>An FG0204 located in a template (<paramref name="line"/> and <paramref name="column"/> from 0, as Scriban counts).</summary>
    public static Language.Diagnostics.Diagnostic Diagnostic(string file, int line, int column, string message)
    {
        int l = Math.Max(line, 0) + 1, c = Math.Max(column, 0) + 1;
        var rule = Language.Diagnostics.RuleTable.FG0204;
        return new Language.Diagnostics.Diagnostic(rule, rule.DefaultSeverity, new Language.Diagnostics.SourceLocation(file, l, c, l, c + 1), message);
    }

    /// <summary>An embedded resource (template or asset) as text.</summary>
    public static string Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // A TemplateContext carries Scriban's built-in functions and is costly to create: one per thread, reused.
    private readonly System.Threading.ThreadLocal<EscapingContext> contexts = new(() => new EscapingContext());

    // Each thread writes its pages' UTF-8 into one buffer it reuses, rather than making each page a string first.
    private readonly System.Threading.ThreadLocal<PageBuffer> buffers = new(() => new PageBuffer());

    /// <summary>
    /// Renders <paramref name="name"/> with the given globals, wraps it in the layout, and returns the page as UTF-8.
    /// Thread-safe. Throws <see cref="TemplateException"/> when a template fails.
    /// </summary>
    public byte[] Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        byte[]? page = null;
        RenderInto(name, globals, bytes => page = bytes.ToArray());
        return page!;
    }

    /// <summary>
    /// Renders as <see cref="Render"/> does, into a buffer the thread reuses, and gives the page's UTF-8 to <paramref name="sink"/>
    /// (valid only during the call), with no array of the page's own. A <see cref="TemplateException"/> the sink throws goes to the caller.
    /// </summary>
    public void RenderInto(string name, IReadOnlyDictionary<string, object?> globals, FileSink sink)
    {
        var scope = new ScriptObject();
        foreach (var pair in globals) scope[pair.Key] = pair.Value;
        var context = contexts.Value!;
        var buffer = buffers.Value!;
        bool pushed = false;
        try
        {
            context.PushGlobal(scope);
            pushed = true;
            buffer.Clear();
            if (overridden.Contains(name) || overridden.Contains("layout.html"))
            {
                // A study's own templates run in order, page first: its layout may read what its page template set.
                context.Prepare(overridden.Contains(name));
                scope["content"] = new Markup(templates[name].Render(context));
            }
            else
            {
                // The built-in ones write the page template straight into the page where the layout writes {{ content }},
                // rather than into a string of its own first (a UTF-16 copy of every page).
                scope["content"] = new PageContent(templates[name]);
            }
            context.PushOutput(buffer);
            try
            {
                context.Prepare(overridden.Contains("layout.html"));
                templates["layout.html"].Render(context);
            }
            finally
            {
                context.PopOutput();
            }
            context.PopGlobal();
            pushed = false;
        }
        catch (Exception e) when (Failure(e, name) is { } failure)
        {
            // A failed render may leave the context mid-loop or mid-call: this thread starts the next page with a new one.
            pushed = false;
            contexts.Value = new EscapingContext();
            throw failure;
        }
        finally
        {
            if (pushed) context.PopGlobal();
        }
        sink(buffer.Flush());
    }

    /// <summary>What a template's failure is reported as: a Scriban error where Scriban says it is, anything else from a study's template at its start.</summary>
    private TemplateException? Failure(Exception e, string name)
    {
        switch (e)
        {
            case TemplateException known:
                return known;
            case ScriptRuntimeException script:
                string file = script.Span.FileName ?? DisplayName(name, overridden.Contains(name));
                return new TemplateException(Diagnostic(file, script.Span.Start.Line, script.Span.Start.Column, script.OriginalMessage));
            case InsufficientExecutionStackException:
                return new TemplateException(Diagnostic(Blamed(name), 0, 0, "the template nests or recurses too deeply to render"));
            case OutOfMemoryException:
                return null;
            default:
                // Scriban reports most faults of a template itself; what else a study's template sets off is still the template's.
                return overridden.Contains(name) || overridden.Contains("layout.html")
                    ? new TemplateException(Diagnostic(Blamed(name), 0, 0, "the template could not be rendered: " + e.Message))
                    : null;
        }
    }

    /// <summary>The template a page's problem is put down to: the study's own page template, else its own layout, else the built-in page template.</summary>
    public string Blamed(string name) =>
        overridden.Contains(name) ? DisplayName(name, true) : overridden.Contains("layout.html") ? DisplayName("layout.html", true) : DisplayName(name, false);

    /// <summary>
    /// A built-in page template not yet rendered: written where the built-in layout writes <c>{{ content }}</c>, straight into the
    /// page's output. Only the built-in layout, which does nothing else with it, ever sees one.
    /// </summary>
    private sealed class PageContent
    {
        private readonly Template template;

        public PageContent(Template template) => this.template = template;

        public TemplateContext WriteTo(EscapingContext context)
        {
            context.Prepare(false);
            template.Render(context); // into the context's current output, the page's buffer; the string Render returns is not the page
            return context;
        }

        public override string ToString() => throw new InvalidOperationException("the page's content is written by the layout, not read as text");
    }

    /// <summary>A template's output encoded to UTF-8 as it is written, into a buffer that grows once and is reused.</summary>
    private sealed class PageBuffer : IScriptOutput
    {
        private readonly System.Text.Encoder encoder = new System.Text.UTF8Encoding(false).GetEncoder();
        private byte[] bytes = new byte[64 * 1024];
        private int length;

        public void Clear()
        {
            length = 0;
            encoder.Reset();
        }

        /// <summary>The page written so far, encoder flushed (valid until the buffer is next cleared).</summary>
        public ReadOnlySpan<byte> Flush()
        {
            Write("", 0, 0, flush: true);
            return bytes.AsSpan(0, length);
        }

        public void Write(string text, int offset, int count) => Write(text, offset, count, flush: false);

        public System.Threading.Tasks.ValueTask WriteAsync(string text, int offset, int count, System.Threading.CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return default;
        }

        private void Write(string text, int offset, int count, bool flush)
        {
            var chars = text.AsSpan(offset, count);
            int most = (count + 1) * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit, and one pending surrogate may complete
            if (length + most > bytes.Length) Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + most));
            length += encoder.GetBytes(chars, bytes.AsSpan(length), flush);
        }
    }

    /// <summary>
    /// Escapes every value a template writes with <c>{{ … }}</c>, unless it is <see cref="Markup"/> the site made safe itself,
    /// so a template that forgets <c>html.escape</c> is still safe. <c>html.escape</c> returns markup, so it does not escape twice.
    /// </summary>
    private sealed class EscapingContext : TemplateContext
    {
        private readonly System.Diagnostics.Stopwatch clock = new();
        private bool limited;

        public EscapingContext()
        {
            // Output and text are never truncated (Scriban's default cuts a page at 1 MiB characters and writes "..."):
            // past these limits the page fails instead.
            LimitToString = StringLimit;
            OnStringLimit = ScriptLimitBehavior.Throw;
            OutputLimit = TemplateSet.OutputLimit;
            OnOutputLimit = ScriptLimitBehavior.Throw;
            RecursiveLimit = 100;
            // A misspelt variable or member is an error, not an empty string; the built-in templates name only what exists.
            StrictVariables = true;
            EnableRelaxedMemberAccess = false;
            var html = (ScriptObject)BuiltinObject["html"]!;
            html.Remove("escape"); // the built-in one is read-only
            html.SetValue("escape", new EscapeFunction(), true);
        }

        /// <summary>
        /// Sets the limits for the next template: the built-in ones loop over the study and nothing else, so their loops are
        /// not counted; a study's own template gets a loop budget and a time limit, so that no template runs for ever.
        /// </summary>
        public void Prepare(bool overridden)
        {
            limited = overridden;
            LoopLimit = overridden ? UserLoopLimit : 0;
            clock.Restart();
        }

        protected override bool OnStepLoop(Scriban.Syntax.ScriptLoopStatementBase loop)
        {
            CheckTime(loop);
            return base.OnStepLoop(loop);
        }

        public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
        {
            // Recursion runs no loop: a function calling itself twice at each of 100 levels is checked here.
            if (limited && scriptNode is ScriptFunctionCall) CheckTime(scriptNode);
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }

        private void CheckTime(Scriban.Syntax.ScriptNode? at)
        {
            if (limited && clock.Elapsed > UserTimeLimit)
            {
                throw new ScriptRuntimeException(at?.Span ?? default, $"the template took longer than {UserTimeLimit.TotalSeconds:0} s to render one page");
            }
        }

        /// <summary><c>html.escape</c>: its argument as markup (escaped unless it is markup already). No reflection, so it survives trimming.</summary>
        private sealed class EscapeFunction : IScriptCustomFunction
        {
            public int RequiredParameterCount => 1;
            public int ParameterCount => 1;
            public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
            public Type ReturnType => typeof(Markup);

            public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

            public object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
                arguments.Count == 0 ? null : ((EscapingContext)context).Safe(arguments[0]);

            public System.Threading.Tasks.ValueTask<object?> InvokeAsync(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
                new(Invoke(context, callerContext, arguments, blockStatement));
        }

        public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject) => textAsObject switch
        {
            null => this,
            Markup markup => Write(markup.Html),
            PageContent content => content.WriteTo(this),
            _ => Write(Escaped(textAsObject)),
        };

        /// <summary>A value as safe HTML: markup as it is, anything else as escaped text.</summary>
        private Markup? Safe(object? value) => value switch
        {
            null => null,
            Markup markup => markup,
            _ => new Markup(Escaped(value)),
        };

        private string Escaped(object value) => HtmlText.Escape(value as string ?? ObjectToString(value) ?? "");
    }
}
