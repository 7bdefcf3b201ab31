using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Manifest;
using FindingsGen.Language.Tracing;

namespace FindingsGen.Cli;

/// <summary>
/// <c>findings transcripts [STUDY] [--format text|json]</c>: how each transcript was read — its layout, each speaker
/// label with its turn and word counts and who it was taken to be, and any FG0105/FG0109 — so a researcher can see why
/// a quotation did or did not trace. It prints labels (on the user's own terminal: it is never a file, a page or a
/// diagnostic) and never a word of speech.
/// </summary>
public static class TranscriptsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var study = new Argument<string>("study") { Description = "The study folder (holding findings.yml); default: the current folder", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("transcripts", "Show how each transcript was read: layout, speakers with their turn and word counts, who each was taken to be (never a word of speech)") { study, format };
        command.SetAction(result => Run(result.GetValue(study)!, result.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>
    /// Writes the summary of every transcript; returns the exit code: 0, or 2 when it cannot run (no study, an unreadable
    /// manifest, or a folder FINDINGS_TRANSCRIPTS names that gave no transcript).
    /// </summary>
    public static int Run(string studyPath, string format, TextWriter output, TextWriter errorOutput)
    {
        var folder = Files.StudyLoader.Load(studyPath, out string? error);
        if (folder is null)
        {
            errorOutput.WriteLine(error);
            return ExitCodes.CannotRun;
        }
        var manifest = folder.Manifest;
        if (!manifest.IsReadable || folder.Input.Tracing is not { } tracing)
        {
            errorOutput.WriteLine("findings: findings.yml cannot be read, so no transcript is; run 'findings check' to see why");
            return ExitCodes.CannotRun;
        }
        var entries = Collect(manifest, tracing);
        if (format == "json") WriteJson(output, entries, tracing.TranscriptsAvailable);
        else WriteText(output, entries, tracing, manifest);
        // A folder FINDINGS_TRANSCRIPTS names that gave nothing (missing, a file, empty): the summary could not run on what
        // was asked for, as check --update-lock says too; a public checkout without its transcripts is no such failure.
        return tracing.TranscriptsFolderProblem is null ? ExitCodes.Clean : ExitCodes.CannotRun;
    }

    private static List<TranscriptEntry> Collect(StudyManifest manifest, TracingInput tracing)
    {
        var roles = new SpeakerRoles(manifest);
        var interviewer = manifest.Transcripts?.Interviewer ?? Array.Empty<string>();
        var declared = SpeakerRoles.DeclaredLabels(manifest);
        // Read exactly as tracing reads it, so the layout and labels shown are the ones the check used.
        TranscriptSummary Summarise(TranscriptSource source, string? owner)
        {
            var reading = IndexedTranscript.Read(source, interviewer, declared);
            return TranscriptSummary.Of(reading.Lines, reading.Layout, owner, roles, (reading.Style & Language.Transcripts.LabelStyle.UnlabelledLines) != 0);
        }
        var entries = new List<TranscriptEntry>();
        var groups = new List<TranscriptEntry>();
        foreach (var group in tracing.Groups.OrderBy(g => g.Path, StringComparer.Ordinal))
        {
            var entry = group.Text is null ? new TranscriptEntry(group.Path, null, true, null) : new TranscriptEntry(group.Path, null, true, Summarise(group, null));
            if (group.Problem is { } problem) entry.Diagnostics.Add((RuleTable.FG0105.Id, $"this group transcript cannot be used: {problem}"));
            if (entry.Summary is { Ambiguous: true } g)
            {
                int unknown = g.Speakers.Count(x => x.Role == SpeakerRole.Unknown);
                entry.Diagnostics.Add((RuleTable.FG0109.Id, $"speakers cannot be told apart here: {unknown} label{(unknown == 1 ? " is" : "s are")} neither a participant ID, nor mapped under transcripts.speakers, nor the interviewer's; their turns are nobody's until mapped"));
            }
            groups.Add(entry);
        }
        foreach (var participant in manifest.Participants)
        {
            string id = participant.Id;
            bool inGroup = groups.Any(g => g.Summary?.Speakers.Any(s => s.Role == SpeakerRole.Participant && s.Participant == id) == true);
            if (tracing.Transcripts.TryGetValue(id, out var source))
            {
                var entry = source.Text is null ? new TranscriptEntry(source.Path, id, false, null) : new TranscriptEntry(source.Path, id, false, Summarise(source, id));
                if (source.Problem is { } problem) entry.Diagnostics.Add((RuleTable.FG0105.Id, $"{id}'s transcript cannot be used: {problem}"));
                if (entry.Summary is { Ambiguous: true } s)
                {
                    string why = SpeakerRoles.WhyNotToldApart(id, s.NoInterviewer, s.Speakers.Any(x => x.Label.Trim().Length > 0), s.Speakers.Count(x => x.Role == SpeakerRole.Unknown));
                    entry.Diagnostics.Add((RuleTable.FG0109.Id, $"speakers cannot be told apart: {why}; its words are taken as {id}'s"));
                }
                entries.Add(entry);
            }
            else if (tracing.TranscriptsAvailable && !inGroup)
            {
                var entry = new TranscriptEntry(null, id, false, null);
                entry.Diagnostics.Add((RuleTable.FG0105.Id, tracing.Missing.TryGetValue(id, out var missing)
                    ? $"{id} has no usable transcript: {missing}"
                    : $"{id} has no transcript: nothing matches {manifest.Transcripts?.Path.Replace("{id}", id)}" + (groups.Count > 0 ? ", and no group transcript has turns of " + id : "")));
                entries.Add(entry);
            }
        }
        entries.AddRange(groups);
        return entries;
    }

    private static void WriteText(TextWriter output, List<TranscriptEntry> entries, TracingInput tracing, StudyManifest manifest)
    {
        if (!tracing.TranscriptsAvailable)
        {
            // A folder the variable names that gave nothing is said as findings check says it, not as a public checkout.
            if (tracing.TranscriptsFolderProblem is { } folderProblem) output.WriteLine($"findings transcripts: no transcripts here: {folderProblem}");
            else output.WriteLine($"findings transcripts: no transcripts here ({manifest.Transcripts?.Path ?? "transcripts.path is not set"}; FINDINGS_TRANSCRIPTS may move the folder)");
            return;
        }
        foreach (var entry in entries)
        {
            string who = entry.Group ? "group transcript" : entry.Participant!;
            output.WriteLine(entry.File is null ? $"{who}: no transcript" : entry.Summary is null ? $"{entry.File} ({who}): not read" : $"{entry.File} ({who}, layout {entry.Summary.Layout})");
            if (entry.Summary is { } summary)
            {
                int width = summary.Speakers.Select(s => Shown(s.Label).Length).DefaultIfEmpty(0).Max();
                foreach (var speaker in summary.Speakers)
                {
                    output.WriteLine($"  {Shown(speaker.Label).PadRight(width)}  {speaker.TakenAs,-12} {Count(speaker.Turns, "turn"),10} {Count(speaker.Words, "word"),12}");
                }
                if (summary.Speakers.Count == 0) output.WriteLine("  (empty: no speech)");
            }
            foreach (var (id, message) in entry.Diagnostics) output.WriteLine($"  {id}: {message}");
        }
    }

    private static void WriteJson(TextWriter output, List<TranscriptEntry> entries, bool available)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("available", available);
            json.WriteStartArray("transcripts");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                if (entry.File is null) json.WriteNull("file");
                else json.WriteString("file", entry.File);
                if (entry.Participant is null) json.WriteNull("participant");
                else json.WriteString("participant", entry.Participant);
                json.WriteBoolean("group", entry.Group);
                if (entry.Summary is { } summary)
                {
                    json.WriteString("layout", summary.Layout);
                    json.WriteBoolean("ambiguous", summary.Ambiguous);
                    json.WriteStartArray("speakers");
                    foreach (var speaker in summary.Speakers)
                    {
                        json.WriteStartObject();
                        json.WriteString("label", speaker.Label);
                        json.WriteString("role", speaker.Role.ToString().ToLowerInvariant());
                        if (speaker.Participant is null) json.WriteNull("participant");
                        else json.WriteString("participant", speaker.Participant);
                        json.WriteNumber("turns", speaker.Turns);
                        json.WriteNumber("words", speaker.Words);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                }
                json.WriteStartArray("diagnostics");
                foreach (var (id, message) in entry.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("id", id);
                    json.WriteString("message", message);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    // A label is the user's own text shown on their own terminal: control characters are made visible, never obeyed.
    private static string Shown(string label) => label.Trim().Length == 0 ? "(no label)" : new string(label.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
