using System;
using System.Collections.Immutable;
using FindingsGen.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FindingsGen.Analyzers;

/// <summary>
/// Runs the FindingsGen checks on the study given as AdditionalFiles (findings.yml, the pages, the lock, and
/// the transcripts the build step found) and reports every finding as a compiler diagnostic at its place in
/// the .md or .yml file. A thin host: all the rules live in FindingsGen.Language, as for the CLI.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FindingsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>A global option that makes the analyzer throw, so tests can see that a crash fails the build.</summary>
    public const string TestThrowOption = "build_property.FindingsTestThrow";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        if (context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(TestThrowOption, out var value)
            && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("FindingsTestThrow is set: this analyzer fails on purpose");
        }

        foreach (var study in AdditionalFilesStudy.FindAll(context.Options, context.CancellationToken))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var result = FindingsChecker.Check(study.Input);
            foreach (var diagnostic in result.Diagnostics)
            {
                context.ReportDiagnostic(study.ToRoslyn(diagnostic));
            }
        }
    }
}
