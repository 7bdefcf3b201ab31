using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FindingsGen.Language.Diagnostics;
using FindingsGen.Language.Model;

namespace FindingsGen.Language.Tracing;

/// <summary>
/// Traces every quotation to the transcript of each participant it is attributed to (FG0101–FG0106),
/// or, without transcripts, to findings.lock. Messages carry line numbers, percentages, participant IDs
/// and the quotation's own words, never a word of a transcript.
/// </summary>
internal static class QuotationTracer
{
    /// <summary>Traces the study's quotations; returns one record per quotation and known participant.</summary>
    public static List<TraceRecord> Trace(Study study, TracingInput input, DiagnosticList diagnostics, System.Threading.CancellationToken cancellation = default)
    {
        var records = new List<TraceRecord>();
        var manifest = study.Manifest;
        var interviewer = manifest.Transcripts?.Interviewer ?? Array.Empty<string>();
        var declared = SpeakerRoles.DeclaredLabels(manifest);
        string pattern = manifest.Transcripts?.Path ?? "transcripts/{id}.*";

        Dictionary<string, LockEntry>? locked = null; // participant + quote hash → what the lock recorded (match, lines, transcript hash)
        string? lockProblem = null;
        if (!input.TranscriptsAvailable)
        {
            if (input.LockText is null) lockProblem = "there is no findings.lock";
            else
            {
                var entries = LockFile.Read(input.LockText, out lockProblem);
                if (entries is not null)
                {
                    locked = new Dictionary<string, LockEntry>(StringComparer.Ordinal);
                    foreach (var e in entries) locked[e.Participant + "\n" + e.QuotationHash] = e;
                }
            }
        }

        // The host's cache, if it handed one in: indexes and verbatim results kept from earlier runs. Without one, every
        // transcript is indexed once for this run and nothing outlives it.
        var cache = input.Cache;
        // A source the host indexed as it read it (its text let go) carries its index, built for these labels.
        IndexedTranscript Indexed(TranscriptSource source) =>
            source.IndexFor(interviewer, declared) ?? (cache is not null ? cache.Index(source, interviewer, declared) : IndexedTranscript.Build(source, interviewer, declared));
        var indexes = new Dictionary<string, IndexedTranscript?>(StringComparer.Ordinal);
        IndexedTranscript? IndexOf(string participant)
        {
            lock (indexes)
            {
                if (indexes.TryGetValue(participant, out var known)) return known;
            }
            var found = input.Transcripts.TryGetValue(participant, out var source) && source.Readable
                ? Indexed(source) : null;
            lock (indexes) indexes[participant] = found;
            return found;
        }

        // The memo of verbatim results depends on everything matching depends on: the labels, the speakers and the declared editing.
        string labels = string.Join("\u0001", interviewer) + "\u0003" + string.Join("\u0001", manifest.Editing.Fillers) + (manifest.Editing.Repetitions ? "\u0003r" : "");
        // Who speaks each turn: worked out once per transcript and kept with its index (see TurnRoles).
        var speakerRoles = new SpeakerRoles(manifest);
        labels += "\u0003" + speakerRoles.Key;
        var groups = new List<TracedTranscript>();
        if (input.TranscriptsAvailable)
        {
            // In path order whatever order the host found them in: the first group holding a quotation is the one named.
            foreach (var group in input.Groups.OrderBy(g => g.Path, StringComparer.Ordinal))
            {
                if (!group.Readable) continue;
                var indexedGroup = Indexed(group);
                groups.Add(new TracedTranscript(group.Path, indexedGroup, indexedGroup.RolesFor(speakerRoles, null), isGroup: true));
            }
        }
        var unreadableGroups = input.Groups.Where(g => !g.Readable).OrderBy(g => g.Path, StringComparer.Ordinal).ToList();
        // A remembered verbatim result depends on the participant's own transcript alone; with group transcripts it would
        // depend on them too, so it is neither used nor kept then; without a cache there is nowhere to keep it.
        var memo = input.Groups.Count == 0 ? cache?.Verbatim : null;
        if (input.TranscriptsAvailable && input.Parallelism > 1)
        {
            // Index every quoted participant's transcript up front, on all the cores the host allows.
            var needed = study.Quotations.SelectMany(q => q.From).Select(f => f.Id).Distinct()
                .Where(id => input.Transcripts.TryGetValue(id, out var s) && s.Readable).ToList();
            var built = new IndexedTranscript[needed.Count];
            System.Threading.Tasks.Parallel.For(0, needed.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = input.Parallelism },
                i => built[i] = Indexed(input.Transcripts[needed[i]]));
            for (int i = 0; i < needed.Count; i++) indexes[needed[i]] = built[i];
        }
        // Each quotation is traced into its own records and diagnostics; with several threads allowed they run in
        // parallel, and the results are joined in document order, so the outcome is the same either way.
        void TraceQuotation(Quotation quotation, List<TraceRecord> records, DiagnosticList diagnostics)
        {
            // A translation cannot be found in a transcript in another language: FG0107 asks for the original instead.
            if (quotation.Original is null && Rules.FG0107TranslationWithoutOriginal.NeedsOriginal(manifest, quotation)) return;
            var traced = quotation.Traced;
            List<SegmentPattern>? patterns = null;
            foreach (var reference in quotation.From.GroupBy(f => f.Id).Select(g => g.First()))
            {
                if (manifest.FindParticipant(reference.Id) is null) continue; // FG0004 already
                string id = reference.Id;
                // An empty quotation has no words to place a location on: it is reported where the quotation is written.
                var where = string.IsNullOrWhiteSpace(traced.Text) ? quotation.Location : traced.Location;

                if (input.TranscriptsAvailable && memo is not null && IndexOf(id) is { } known && memo.TryGet(MemoKey(id, known.Hash, labels + "\u0002" + input.Transcripts[id].Format, traced.Text), out var remembered))
                {
                    records.Add(new TraceRecord(quotation, id, remembered.QuotationHash, TraceStatus.Verbatim)
                    {
                        TranscriptPath = input.Transcripts[id].Path,
                        Transcript = known,
                        FirstLine = remembered.FirstLine,
                        LastLine = remembered.LastLine,
                    });
                    var rolesOfKnown = known.RolesFor(speakerRoles, id);
                    if (rolesOfKnown.Ambiguous)
                    {
                        records[records.Count - 1].SpeakersUnknown = true;
                        ReportAmbiguous(id, input.Transcripts[id].Path, rolesOfKnown, where, diagnostics);
                    }
                    continue;
                }

                var record = new TraceRecord(quotation, id, null, TraceStatus.Unverified);
                records.Add(record);
                cache?.CountTrace();

                if (!input.TranscriptsAvailable)
                {
                    if (locked is not null && (locked.TryGetValue(id + "\n" + record.QuotationHash, out LockEntry? entry)
                        || locked.TryGetValue(id + "\n" + QuotationHash.Legacy(quotation.Traced, id), out entry)))
                    {
                        string match = entry.Match;
                        record.Status = TraceStatus.FromLock;
                        // Where the lock says the words were, and in which transcript (its hash): shown beside "verified
                        // from findings.lock", never any of the transcript's text.
                        record.FirstLine = entry.FirstLine;
                        record.LastLine = entry.LastLine;
                        record.LockedTranscriptHash = entry.Transcript;
                        // What the lock recorded is said again here, where the transcripts are not: a warning written where
                        // they are never turns into a quiet "clean" in public CI.
                        record.LockedNearVerbatim = match == LockEntry.NearVerbatim || (match != LockEntry.Verbatim && match != LockEntry.VerbatimSpeakersUnknown);
                        record.SpeakersUnknown = match == LockEntry.VerbatimSpeakersUnknown;
                        if (record.LockedNearVerbatim)
                        {
                            diagnostics.Add(RuleTable.FG0104, where,
                                $"findings.lock records this quotation as near-verbatim: it differs from {id}'s transcript in a few words (the transcripts are not here to say which); restore the exact words where the transcripts are, and run 'findings check --update-lock'");
                        }
                        else if (record.SpeakersUnknown)
                        {
                            diagnostics.Add(RuleTable.FG0109, where,
                                $"findings.lock records this quotation as found in {id}'s transcript where speakers cannot be told apart, so whether it is the interviewer's or another speaker's could not be checked; map the labels under transcripts.speakers where the transcripts are, and run 'findings check --update-lock'");
                        }
                        continue;
                    }
                    diagnostics.Add(RuleTable.FG0106, where,
                        $"the transcripts are not available here and this quotation from {id} is not recorded in findings.lock" +
                        (lockProblem is null ? "" : $" ({lockProblem})") +
                        "; run 'findings check --update-lock' where the transcripts are, and commit findings.lock");
                    continue;
                }

                input.Transcripts.TryGetValue(id, out var source);
                var places = new List<TracedTranscript>();
                if (source is { Readable: true })
                {
                    var own = IndexOf(id)!;
                    places.Add(new TracedTranscript(source.Path, own, own.RolesFor(speakerRoles, id), isGroup: false));
                }
                foreach (var group in groups)
                {
                    if (group.Roles.Speaks(id)) places.Add(group);
                }
                if (source is { Readable: false } || (source is null && input.Groups.Count == 0))
                {
                    record.Status = TraceStatus.NoTranscript;
                    string why = source?.Problem ?? (input.Missing.TryGetValue(id, out var missing) ? missing : $"nothing matches {pattern.Replace("{id}", id)}");
                    diagnostics.Add(RuleTable.FG0105, where, $"{id}'s transcript cannot be used to trace this quotation: {why}");
                    continue;
                }

                if (places.Count > 0)
                {
                    record.TranscriptPath = places[0].Path;
                    record.Transcript = places[0].Indexed;
                }
                patterns ??= SegmentPattern.Of(traced);
                if (patterns.Count == 0)
                {
                    record.Status = TraceStatus.NotFound;
                    diagnostics.Add(RuleTable.FG0101, where, "this quotation has no words to trace; write the participant's words, or remove it");
                    continue;
                }
                TraceOne(study, input, record, patterns, places, groups, speakerRoles, pattern, IndexOf, diagnostics);
                if (places.Count > 0 && !places[0].IsGroup && places[0].Roles.Ambiguous)
                {
                    // Found, but where nobody can tell who spoke: the words are there, whose they are is not known.
                    if (record.Status == TraceStatus.Verbatim && record.GroupTranscript is null) record.SpeakersUnknown = true;
                    ReportAmbiguous(id, places[0].Path, places[0].Roles, where, diagnostics);
                }
                if (!record.IsVerified)
                {
                    // A group transcript that could not be read may hold what was not found: never a quiet "not found".
                    foreach (var group in unreadableGroups)
                    {
                        diagnostics.Add(RuleTable.FG0105, where, $"the group transcript {group.Path} cannot be used to trace this quotation: {group.Problem}");
                    }
                }
                if (record.Status == TraceStatus.Verbatim && memo is not null && source is not null)
                {
                    memo.Add(MemoKey(id, places[0].Indexed.Hash, labels + "\u0002" + source.Format, traced.Text), new VerbatimMemo.Entry(record.QuotationHash, record.FirstLine, record.LastLine));
                }
            }
        }

        var quotations = study.Quotations;
        if (input.TranscriptsAvailable && input.Parallelism > 1 && quotations.Count > 1)
        {
            var parts = new (List<TraceRecord> Records, DiagnosticList Diagnostics)[quotations.Count];
            System.Threading.Tasks.Parallel.For(0, quotations.Count,
                new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = input.Parallelism, CancellationToken = cancellation }, i =>
                {
                    parts[i] = (new List<TraceRecord>(1), new DiagnosticList());
                    TraceQuotation(quotations[i], parts[i].Records, parts[i].Diagnostics);
                });
            foreach (var (partRecords, partDiagnostics) in parts)
            {
                records.AddRange(partRecords);
                diagnostics.AddRange(partDiagnostics.Items);
            }
            return records;
        }
        foreach (var quotation in quotations)
        {
            cancellation.ThrowIfCancellationRequested();
            TraceQuotation(quotation, records, diagnostics);
        }
        return records;
    }

    private static void TraceOne(Study study, TracingInput input, TraceRecord record, List<SegmentPattern> patterns, List<TracedTranscript> places,
        List<TracedTranscript> groups, SpeakerRoles speakerRoles, string pathPattern, Func<string, IndexedTranscript?> indexOf, DiagnosticList diagnostics)
    {
        string id = record.Participant;
        var where = record.Quotation.Traced.Location;
        // The participant's own turns: in their transcript, then in every group transcript they speak in.
        foreach (var place in places)
        {
            var exact = ExactMatcher.FindQuotation(place.Index, patterns, place.Roles.TurnsOf(id));
            if (exact is null) continue;
            record.Status = TraceStatus.Verbatim;
            At(record, place, exact);
            return;
        }

        // Not found as written: align each segment with its closest passage. What the study declared (fillers,
        // repetitions) costs nothing there, so a quotation edited only that way aligns at no cost, in order: verbatim.
        // The alignments of the first transcript are kept for the near-verbatim and splice checks below.
        List<WordAlignment>? aligned = null;
        for (int p = 0; p < places.Count; p++)
        {
            var place = places[p];
            var placeTurns = place.Roles.TurnsOf(id);
            if (p > 0 && !TurnRoles.Any(placeTurns)) continue;
            var editing = WordAligner.Editing.Of(place.Index, study.Manifest.Editing);
            var placeAligned = patterns.Select(pt => WordAligner.Best(place.Index, pt, placeTurns, editing)).ToList();
            if (p == 0) aligned = placeAligned;
            var chained = ChainAtNoCost(place.Index, patterns, placeAligned, placeTurns, editing);
            if (chained is null) continue;
            record.Status = TraceStatus.Verbatim;
            At(record, place, chained);
            return;
        }

        // Someone else's turns in the same conversations: the interviewer's, then another speaker's (never by label).
        var conversations = places.Where(p => !p.IsGroup).Concat(groups).ToList();
        foreach (var place in conversations)
        {
            var asked = TurnRoles.Any(place.Roles.Interviewer) ? ExactMatcher.FindQuotation(place.Index, patterns, place.Roles.Interviewer) : null;
            if (asked is not null)
            {
                record.Status = TraceStatus.Interviewer;
                At(record, place, asked);
                diagnostics.Add(RuleTable.FG0103, where,
                    $"these are the interviewer's words in {place.Name(id)} ({place.Path}, {Lines(record)}), not {id}'s; quote what {id} said");
                return;
            }
            var others = place.Roles.OtherThan(place.IsGroup ? null : id);
            var other = TurnRoles.Any(others) ? ExactMatcher.FindQuotation(place.Index, patterns, others) : null;
            if (other is not null)
            {
                record.Status = TraceStatus.Interviewer;
                At(record, place, other);
                diagnostics.Add(RuleTable.FG0103, where,
                    $"these are another speaker's words in {place.Name(id)} ({place.Path}, {Lines(record)}), not {id}'s; quote what {id} said" +
                    (place.IsGroup ? "" : $", or map that speaker's label to {id} under transcripts.speakers if it is {id}"));
                return;
            }
        }

        foreach (var other in study.Manifest.Participants)
        {
            if (other.Id == id) continue;
            var otherIndex = indexOf(other.Id);
            if (otherIndex is not null)
            {
                var theirs = otherIndex.RolesFor(speakerRoles, other.Id).TurnsOf(other.Id);
                var found = TurnRoles.Any(theirs) ? ExactMatcher.FindQuotation(otherIndex.Index, patterns, theirs) : null;
                if (found is not null)
                {
                    record.Status = TraceStatus.Misattributed;
                    diagnostics.Add(RuleTable.FG0102, where,
                        $"this quotation is not in {id}'s transcript but is in {other.Id}'s ({input.Transcripts[other.Id].Path}, line {otherIndex.Index.LineOf(found[0].First)}); attribute it to {other.Id}");
                    return;
                }
            }
            foreach (var group in groups)
            {
                if (!group.Roles.Speaks(other.Id)) continue;
                var found = ExactMatcher.FindQuotation(group.Index, patterns, group.Roles.TurnsOf(other.Id));
                if (found is null) continue;
                record.Status = TraceStatus.Misattributed;
                diagnostics.Add(RuleTable.FG0102, where,
                    $"this quotation is not {id}'s but {other.Id}'s, in the group transcript ({group.Path}, line {group.Index.LineOf(found[0].First)}); attribute it to {other.Id}");
                return;
            }
        }

        // Found only where nobody can tell who spoke: said plainly, and not counted as the participant's.
        foreach (var group in groups)
        {
            if (!group.Roles.Ambiguous) continue;
            var found = TurnRoles.Any(group.Roles.Unknown) ? ExactMatcher.FindQuotation(group.Index, patterns, group.Roles.Unknown) : null;
            if (found is null) continue;
            record.Status = TraceStatus.NotFound;
            At(record, group, found);
            diagnostics.Add(RuleTable.FG0109, where,
                $"this quotation is in the group transcript ({group.Path}, {Lines(record)}), but in turns whose speaker cannot be told apart " +
                $"({Count(group.Roles.UnmappedLabels, "label")} neither mapped under transcripts.speakers nor the interviewer's), so it cannot be traced to {id}; " +
                "map the labels under transcripts.speakers ('findings transcripts' lists them)");
            return;
        }

        if (places.Count == 0)
        {
            record.Status = TraceStatus.NoTranscript;
            string none = (input.Missing.TryGetValue(id, out var notFound) ? notFound : $"nothing matches {pathPattern.Replace("{id}", id)}") +
                $", and no group transcript has turns of {id} (map its speaker label under transcripts.speakers)";
            diagnostics.Add(RuleTable.FG0105, where, $"{id}'s transcript cannot be used to trace this quotation: {none}");
            return;
        }
        // The closest passage is looked for in the first transcript the participant speaks in.
        var index = places[0].Index;
        string file = places[0].Path;
        var mine = places[0].Roles.TurnsOf(id);

        // Each part found on its own, but not as a chain: out of order, or too far apart.
        var parts = patterns.Select(p => ExactMatcher.FindSegment(index, p, 0, int.MaxValue, mine)).ToList();
        if (patterns.Count > 1 && parts.All(p => p is not null))
        {
            record.Status = TraceStatus.NotFound;
            var lines = parts.Select(p => index.LineOf(p!.Value.First)).ToList();
            record.FirstLine = lines.Min();
            record.LastLine = lines.Max();
            bool ordered = true;
            for (int k = 1; k < parts.Count; k++) ordered &= parts[k]!.Value.First > parts[k - 1]!.Value.Last;
            diagnostics.Add(RuleTable.FG0101, where, ordered
                ? $"the parts of this quotation are in {id}'s transcript ({file}, lines {string.Join(", ", lines)}) but more than {ExactMatcher.MaxDistance} words apart; quote them as separate quotations"
                : $"the parts of this quotation are in {id}'s transcript ({file}, lines {string.Join(", ", lines)}) but not in this order; an elision may only leave words out, not reorder them");
            return;
        }

        // A segment that is not in the participant's turns but is, as written, in someone else's: the quotation joins
        // another speaker's words to the participant's across an elision. Said as such (an error), never near-verbatim.
        if (patterns.Count > 1)
        {
            for (int k = 0; k < patterns.Count; k++)
            {
                if (parts[k] is not null) continue;
                if (SomeoneElses(study, id, patterns[k], places, groups) is not { } found) continue;
                record.Status = found.Status;
                record.FirstLine = record.LastLine = found.Place.Index.LineOf(found.At.First);
                string range = WordRange(patterns[k]);
                diagnostics.Add(found.Status == TraceStatus.Misattributed ? RuleTable.FG0102 : RuleTable.FG0103, where,
                    $"{char.ToUpperInvariant(range[0])}{range.Substring(1)} of this quotation {(patterns[k].Words.Length == 1 ? "is" : "are")} {found.Whose} words in " +
                    $"{found.Place.Name(id)} ({found.Place.Path}, line {record.FirstLine}), not {id}'s; an elision may join {id}'s own words only");
                return;
            }
        }

        int words = 0, cost = 0, matched = 0, firstToken = -1;
        bool detailed = true, segmentsHeld = true;
        var differences = new List<string>();
        for (int k = 0; k < patterns.Count; k++)
        {
            var pattern = patterns[k];
            var best = aligned![k];
            words += pattern.Words.Length;
            cost += Math.Min(best.Cost, pattern.Words.Length);
            matched += best.FirstToken >= 0 ? best.Matched : 0;
            // A segment most of whose words are not found is not "a few words differ": the part is missing.
            segmentsHeld &= best.FirstToken >= 0 && best.Matched * 2 > pattern.Words.Length;
            detailed &= best.Detailed;
            if (firstToken < 0 && best.FirstToken >= 0) firstToken = best.FirstToken;
            differences.AddRange(best.Differences.Select(d => Describe(index, pattern, d)));
        }
        if (firstToken >= 0)
        {
            record.FirstLine = record.LastLine = index.LineOf(firstToken);
        }
        // Near-verbatim: up to 3 words differ (10 % of a long quotation), and most of its words are found in place.
        int allowed = Math.Max(3, words / 10);
        if (firstToken >= 0 && cost > 0 && cost <= allowed && matched * 2 > words && segmentsHeld)
        {
            record.Status = TraceStatus.NearVerbatim;
            string located = detailed && differences.Count > 0 ? string.Join("; ", differences) : $"{Count(cost, "word")} {(cost == 1 ? "differs" : "differ")}";
            diagnostics.Add(RuleTable.FG0104, record.Quotation.Traced.Location,
                $"this quotation differs from {id}'s transcript ({file}, line {record.FirstLine}): {located}; restore the exact words, or mark your own words as [insertions] and left-out words as [...]");
            return;
        }

        if (Spliced(index, patterns, aligned!, mine) is { } splice)
        {
            record.Status = TraceStatus.NotFound;
            record.FirstLine = splice.Pieces.Min(p => index.LineOf(p.At.First));
            record.LastLine = splice.Pieces.Max(p => index.LineOf(p.At.Last));
            string ranges = string.Join(", ", splice.Pieces.Select(p => $"{WordRange(p.Piece)} {(p.Piece.Words.Length == 1 ? "is" : "are")} at line {index.LineOf(p.At.First)}"));
            if (splice.Apart)
            {
                diagnostics.Add(RuleTable.FG0108, record.Quotation.Traced.Location,
                    $"this quotation joins passages of {id}'s transcript ({file}) that are {(splice.Reordered ? "out of order" : $"more than {ExactMatcher.MaxDistance} words apart")}, with no elision mark: {ranges}: mark the cut with [...] or quote them separately");
            }
            else
            {
                diagnostics.Add(RuleTable.FG0101, record.Quotation.Traced.Location,
                    $"this quotation leaves out words of {id}'s transcript ({file}) without an elision mark: {ranges}: mark the cut with [...]");
            }
            return;
        }

        record.Status = TraceStatus.NotFound;
        if (firstToken >= 0 && detailed && matched == words && differences.Count > 0)
        {
            // Every word is there, in order, but words between them were left out unmarked.
            diagnostics.Add(RuleTable.FG0101, record.Quotation.Traced.Location,
                $"this quotation is not in {id}'s transcript ({file}) as written: at line {record.FirstLine}, {string.Join("; ", differences)}; mark left-out words with [...]");
            return;
        }
        // Some segments found as written, others not at all: name the missing ones, with the quotation's own words.
        var missing = Enumerable.Range(0, patterns.Count).Where(k => parts[k] is null).ToList();
        if (patterns.Count > 1 && missing.Count < patterns.Count)
        {
            string listed = string.Join("; ", missing.Select(k =>
                $"{WordRange(patterns[k])} ('{Manifest.ManifestReader.Shorten(string.Join(" ", patterns[k].Words))}') {(patterns[k].Words.Length == 1 ? "is" : "are")} not in it"));
            diagnostics.Add(RuleTable.FG0101, record.Quotation.Traced.Location,
                $"this quotation is not in {id}'s transcript ({file}) as written: {listed}, though the rest is. Copy the words exactly, and mark your own words as [insertions]");
            return;
        }
        int percent = words == 0 ? 0 : (int)Math.Floor(100.0 * matched / words);
        diagnostics.Add(RuleTable.FG0101, record.Quotation.Traced.Location, firstToken >= 0 && percent > 0
            ? $"this quotation is not in {id}'s transcript ({file}); the closest passage, at line {record.FirstLine}, matches {percent.ToString(CultureInfo.InvariantCulture)}% of its words. Copy the words exactly, and mark left-out words with [...] and your own with [brackets]"
            : $"this quotation is not in {id}'s transcript ({file}), and no passage comes close; check the attribution and the words");
    }

    /// <summary>
    /// When every segment aligned at no cost (only declared editing or insertions skipped), the segments as one chain:
    /// each after the one before and within the elision window; a later segment is looked for again after the one
    /// before when its own closest passage is elsewhere. Null otherwise.
    /// </summary>
    private static SegmentMatch[]? ChainAtNoCost(TranscriptIndex index, List<SegmentPattern> patterns, List<WordAlignment> aligned, bool[] turns, WordAligner.Editing editing)
    {
        if (aligned.Any(a => a.Cost != 0 || a.FirstToken < 0)) return null;
        var chain = new SegmentMatch[patterns.Count];
        chain[0] = new SegmentMatch(aligned[0].FirstToken, aligned[0].LastToken);
        for (int k = 1; k < patterns.Count; k++)
        {
            var here = aligned[k];
            int after = chain[k - 1].Last + 1;
            if (here.FirstToken < after || here.FirstToken - after > ExactMatcher.MaxDistance)
            {
                int reach = patterns[k].Words.Length * (1 + Math.Max(editing.MaxJump, SegmentPattern.InsertionWords));
                here = WordAligner.Best(index, patterns[k], turns, editing, after, (int)Math.Min(int.MaxValue, (long)after + ExactMatcher.MaxDistance + reach));
                if (here.Cost != 0 || here.FirstToken < 0 || here.FirstToken - after > ExactMatcher.MaxDistance) return null;
            }
            chain[k] = new SegmentMatch(here.FirstToken, here.LastToken);
        }
        return chain;
    }

    /// <summary>A segment found only as pieces of itself, each verbatim somewhere in the participant's turns.</summary>
    private sealed class Splice
    {
        public List<(SegmentPattern Piece, SegmentMatch At)> Pieces { get; } = new();
        /// <summary>True when the pieces cannot be placed in order within the elision window.</summary>
        public bool Apart { get; set; }
        /// <summary>True when a piece is only found before the one it follows.</summary>
        public bool Reordered { get; set; }
    }

    /// <summary>A piece of a spliced segment has at least this many words (shorter runs are found almost anywhere).</summary>
    private const int MinSplicePiece = 3;

    /// <summary>
    /// Whether the quotation is made of verbatim passages joined without an elision mark: every segment is found as
    /// written or, cut into the longest pieces found verbatim (each of three words or more), as two or more passages.
    /// Apart when those passages are not in order within the elision window (FG0108); otherwise words were merely left
    /// out without a mark (FG0101 says where).
    /// </summary>
    private static Splice? Spliced(TranscriptIndex index, List<SegmentPattern> patterns, List<WordAlignment> aligned, bool[] turns)
    {
        Splice? splice = null;
        for (int k = 0; k < patterns.Count; k++)
        {
            var pattern = patterns[k];
            if (ExactMatcher.FindSegment(index, pattern, 0, int.MaxValue, turns) is not null) continue;
            var pieces = new List<(SegmentPattern Piece, SegmentMatch At)>();
            int start = 0, n = pattern.Words.Length;
            while (start < n)
            {
                if (n - start < MinSplicePiece || pieces.Count == 8) return null;
                // The longest prefix found verbatim: being found is monotone in the length, so halve the range.
                int lo = 0, hi = n - start;
                SegmentMatch? found = null;
                while (lo < hi)
                {
                    int mid = (lo + hi + 1) / 2;
                    var at = ExactMatcher.FindSegment(index, pattern.Slice(start, mid), 0, int.MaxValue, turns);
                    if (at is null) hi = mid - 1;
                    else
                    {
                        lo = mid;
                        found = at;
                    }
                }
                if (lo < MinSplicePiece) return null;
                found = ExactMatcher.FindSegment(index, pattern.Slice(start, lo), 0, int.MaxValue, turns);
                pieces.Add((pattern.Slice(start, lo), found!.Value));
                start += lo;
            }
            if (pieces.Count < 2) return null;
            splice ??= new Splice();
            splice.Pieces.AddRange(pieces);
            if (ExactMatcher.FindQuotation(index, pieces.Select(p => p.Piece).ToList(), turns) is null)
            {
                splice.Apart = true;
                for (int p = 1; p < pieces.Count; p++) splice.Reordered |= pieces[p].At.First <= pieces[p - 1].At.Last;
            }
        }
        return splice;
    }

    /// <summary>"words 1–14" (numbered in the whole quotation, from 1).</summary>
    private static string WordRange(SegmentPattern piece) =>
        piece.Words.Length == 1 ? $"word {piece.FirstWord + 1}" : $"words {piece.FirstWord + 1}\u2013{piece.FirstWord + piece.Words.Length}";

    /// <summary>One difference, told with the quotation's own words only.</summary>
    private static string Describe(TranscriptIndex index, SegmentPattern pattern, WordDifference difference)
    {
        if (difference.LeftOut)
        {
            int from = Math.Max(0, difference.Word - 1);
            string context = string.Join(" ", pattern.Words, from, difference.Word - from + 1);
            return $"after '{context}', {Count(difference.Count, "word")} {(difference.Count == 1 ? "is" : "are")} left out without an elision mark";
        }
        string quoted = string.Join(" ", pattern.Words, difference.Word, difference.Count);
        int number = pattern.FirstWord + difference.Word + 1;
        // A word the transcript does have elsewhere is only out of place: say so, rather than that it is not there.
        bool elsewhere = true;
        for (int w = difference.Word; w < difference.Word + difference.Count && elsewhere; w++) elsewhere = index.Ids.ExactOf(pattern.Words[w]) >= 0;
        string where = elsewhere ? "in the transcript at this point" : "in the transcript";
        return difference.Count == 1
            ? $"'{quoted}' (word {number}) is not {where}"
            : $"'{quoted}' (words {number}\u2013{number + difference.Count - 1}) are not {where}";
    }

    /// <summary>
    /// Where <paramref name="segment"/> is found as written in turns that are not <paramref name="id"/>'s: the interviewer's
    /// or another speaker's in the conversations <paramref name="id"/> is in, or another participant's in a group transcript.
    /// </summary>
    private static (TracedTranscript Place, SegmentMatch At, TraceStatus Status, string Whose)? SomeoneElses(Study study, string id, SegmentPattern segment,
        List<TracedTranscript> places, List<TracedTranscript> groups)
    {
        foreach (var place in places.Where(p => !p.IsGroup).Concat(groups))
        {
            var asked = place.Roles.Interviewer;
            if (TurnRoles.Any(asked) && ExactMatcher.FindSegment(place.Index, segment, 0, int.MaxValue, asked) is { } question)
                return (place, question, TraceStatus.Interviewer, "the interviewer's");
            var others = place.Roles.OtherThan(place.IsGroup ? null : id);
            if (TurnRoles.Any(others) && ExactMatcher.FindSegment(place.Index, segment, 0, int.MaxValue, others) is { } said)
                return (place, said, TraceStatus.Interviewer, "another speaker's");
            if (!place.IsGroup) continue;
            foreach (var other in study.Manifest.Participants)
            {
                if (other.Id == id || !place.Roles.Speaks(other.Id)) continue;
                if (ExactMatcher.FindSegment(place.Index, segment, 0, int.MaxValue, place.Roles.TurnsOf(other.Id)) is { } theirs)
                    return (place, theirs, TraceStatus.Misattributed, other.Id + "'s");
            }
        }
        return null;
    }

    private static void At(TraceRecord record, TracedTranscript place, SegmentMatch[] matches)
    {
        record.TranscriptPath = place.Path;
        record.Transcript = place.Indexed;
        record.GroupTranscript = place.IsGroup ? place.Path : null;
        SetLines(record, place.Index, matches);
    }

    /// <summary>FG0109 at a quotation traced in a transcript whose speakers cannot be told apart; never a label.</summary>
    private static void ReportAmbiguous(string id, string file, TurnRoles roles, SourceLocation where, DiagnosticList diagnostics)
    {
        string why = SpeakerRoles.WhyNotToldApart(id, roles.NoInterviewer, roles.Labelled, roles.UnmappedLabels);
        diagnostics.Add(RuleTable.FG0109, where,
            $"speakers cannot be told apart in {id}'s transcript ({file}): {why}; its words are taken as {id}'s, so whether this quotation is the interviewer's " +
            "or another speaker's cannot be checked. Map the labels under transcripts.speakers ('findings transcripts' lists them)" +
            (roles.Labelled ? "" : ", or label the turns; a study whose transcripts hold one voice only may set interviewer: []"));
    }

    private static string MemoKey(string participant, string transcriptHash, string labels, string text) =>
        participant + "\n" + transcriptHash + "\n" + labels + "\n" + text;

    private static void SetLines(TraceRecord record, TranscriptIndex index, SegmentMatch[] matches)
    {
        record.FirstLine = index.LineOf(matches[0].First);
        record.LastLine = index.LineOf(matches[matches.Length - 1].Last);
    }

    private static string Lines(TraceRecord record) =>
        record.FirstLine == record.LastLine ? $"line {record.FirstLine}" : $"lines {record.FirstLine}\u2013{record.LastLine}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
