using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using FindingsGen.Site.Html;

namespace FindingsGen.Site;

/// <summary>
/// The Scriban templates: embedded in the tool, each overridable by a file of the same name in the study's
/// <c>_templates/</c>. A template with errors is refused before anything is rendered.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The templates a site needs.</summary>
    public static readonly string[] Names = { "layout.html", "index.html", "theme.html", "participant.html", "quotations.html", "report.html" };

    private readonly Dictionary<string, Template> templates;

    private TemplateSet(Dictionary<string, Template> templates) => this.templates = templates;

    /// <summary>Loads and parses the templates; <paramref name="errors"/> gets one compiler-style line per problem.</summary>
    public static TemplateSet? Load(string studyRoot, List<string> errors)
    {
        var loaded = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            // An override is read like every study file: a link out of the study, a FIFO or a huge file is refused.
            var read = Files.ContainedFile.Read(studyRoot, "_templates/" + name, Files.FileLimits.Template, "a template", "the study folder");
            if (read.Refusal is not (Files.FileRefusal.None or Files.FileRefusal.Missing))
            {
                errors.Add($"_templates/{name}(1,1): error FG0204: the template {read.Problem}; it is not used");
                continue;
            }
            bool overridden = read.Bytes is not null;
            string displayName = overridden ? "_templates/" + name : "(built-in) " + name;
            int line = 0, column = 0;
            string? text = overridden ? Language.Text.Utf8Text.TryDecode(read.Bytes!, out line, out column) : Embedded("templates/" + name);
            if (text is null)
            {
                errors.Add($"{displayName}({line},{column}): error FG0204: the template is not valid UTF-8 text; save it as UTF-8");
                continue;
            }
            var template = Template.Parse(text, displayName);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    errors.Add($"{displayName}({message.Span.Start.Line + 1},{message.Span.Start.Column + 1}): error: {message.Message}");
                }
                continue;
            }
            loaded[name] = template;
        }
        return errors.Count == 0 ? new TemplateSet(loaded) : null;
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
    private readonly System.Threading.ThreadLocal<TemplateContext> contexts = new(() => new EscapingContext());

    // Each thread writes its pages' UTF-8 into one buffer it reuses, rather than making each page a string first.
    private readonly System.Threading.ThreadLocal<PageBuffer> buffers = new(() => new PageBuffer());

    /// <summary>Renders <paramref name="name"/> with the given globals, wraps it in the layout, and returns the page as UTF-8. Thread-safe.</summary>
    public byte[] Render(string name, IReadOnlyDictionary<string, object?> globals)
    {
        var scope = new ScriptObject();
        foreach (var pair in globals) scope[pair.Key] = pair.Value;
        var context = contexts.Value!;
        var buffer = buffers.Value!;
        context.PushGlobal(scope);
        try
        {
            scope["content"] = new Markup(templates[name].Render(context));
            buffer.Clear();
            context.PushOutput(buffer);
            try
            {
                templates["layout.html"].Render(context);
            }
            finally
            {
                context.PopOutput();
            }
            return buffer.ToArray();
        }
        finally
        {
            context.PopGlobal();
        }
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

        public byte[] ToArray()
        {
            Write("", 0, 0, flush: true);
            return bytes.AsSpan(0, length).ToArray();
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
        public EscapingContext()
        {
            LoopLimit = 0;
            RecursiveLimit = 100;
            StrictVariables = false;
            var html = (ScriptObject)BuiltinObject["html"]!;
            html.Remove("escape"); // the built-in one is read-only
            html.SetValue("escape", new EscapeFunction(), true);
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
