using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Linq;
using FindingsGen.Files;
using FindingsGen.Files.Coding;
using FindingsGen.Language.Coding;
using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Reading <c>.qdpx</c> and <c>.qdc</c> files in the shapes the four QDA packages export (QdaProjects writes them).</summary>
public sealed class QdaPackageTests
{
    public static IEnumerable<object[]> Shapes() => Enum.GetValues<QdaShape>().Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_package_shape_reads_into_the_same_codes_sources_and_selections(QdaShape shape)
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdpx");
        QdaProjects.Write(path, shape, QdaProjects.Garden);

        var diagnostics = new List<Diagnostic>();
        var project = QdaPackage.Read(path, diagnostics, "private/garden.qdpx");

        Assert.Empty(diagnostics);
        Assert.NotNull(project);
        Assert.Equal("Rooted: volunteering in a community garden", project!.Name);
        Assert.False(project.IsCodebook);

        // The code tree, nested as written, with descriptions.
        Assert.Equal(new[] { "Belonging", "Respite", "Growing food" }, project.Codes.Select(c => c.Name));
        Assert.Equal(new[] { "Peer support", "Being noticed" }, project.Codes[0].Children.Select(c => c.Name));
        Assert.Equal("Quiet and nature", Assert.Single(project.Codes[1].Children).Name);
        Assert.Equal("Help given or received between volunteers", project.Codes[0].Children[0].Description);
        Assert.Equal(6, project.AllCodes().Count());

        // One source per participant, its text exactly as the package stored it (CRLF kept for ATLAS.ti, no BOM).
        Assert.Equal(new[] { "P1", "P2", "P3", "P4" }, project.Sources.Select(s => s.Name));
        foreach (var participant in QdaProjects.Garden.Participants)
        {
            var source = project.Sources.Single(s => s.Name == participant.Id);
            Assert.Equal(QdaProjects.Transcript(shape, participant), source.Text);
            Assert.StartsWith("internal://", source.PlainTextPath);
        }
        Assert.Equal(shape == QdaShape.AtlasTi, project.Sources[0].Text!.Contains("\r\n", StringComparison.Ordinal));
        Assert.Empty(project.Sources.Single(s => s.Name == "P4").Selections);

        // Each selection: its source, its codes, and positions that, counted as the package counts, cover its text.
        var codeNames = project.AllCodes().ToDictionary(c => c.Guid, c => c.Name, QdaGuid.Comparer);
        var selections = project.Sources.SelectMany(s => s.Selections.Select(sel => (Source: s, Selection: sel))).ToList();
        Assert.Equal(QdaProjects.Garden.Selections.Count, selections.Count);
        foreach (var (expected, (source, selection)) in QdaProjects.Garden.Selections.Zip(selections))
        {
            Assert.Equal(expected.Participant, source.Name);
            Assert.True(QdaGuid.Same(source.Guid, selection.SourceGuid));
            Assert.Equal(expected.Codes, selection.CodeGuids.Select(g => codeNames[g]));
            Assert.Equal(QdaProjects.Positions(shape, QdaProjects.Garden, expected), (selection.Start, selection.End));
            Assert.Equal(expected.Text, TextAt(shape, source.Text!, selection));
            Assert.Equal(expected.Text, QdaPositions.TextOf(source, selection, project.Origin));
        }
    }

    [Fact]
    public void QualCoder_cases_carry_their_variables_and_sources()
    {
        var project = ReadShape(QdaShape.QualCoder);
        Assert.Equal(new[] { "P1", "P2", "P3", "P4" }, project.Cases.Select(c => c.Name));
        var p1 = project.Cases[0];
        Assert.Equal("nurse", p1.Variables["occupation"]);
        Assert.Equal("34", p1.Variables["age"]);
        Assert.Equal("true", p1.Variables["plot_holder"]);
        Assert.True(QdaGuid.Same(project.Sources[0].Guid, Assert.Single(p1.SourceGuids)));
        Assert.StartsWith("QualCoder", project.Origin);
    }

    [Fact]
    public void NVivo_cases_carry_variables_of_every_type_and_link_their_sources()
    {
        var project = ReadShape(QdaShape.NVivo);
        Assert.Equal(new[] { ("occupation", "Text"), ("plot_holder", "Boolean"), ("age", "Integer"), ("hours_per_week", "Float"), ("joined", "Date") },
            project.Variables.Select(v => (v.Name, v.Type)));
        var p2 = project.Cases.Single(c => c.Name == "P2");
        Assert.Equal(new Dictionary<string, string>
        {
            ["occupation"] = "bus driver", ["plot_holder"] = "false", ["age"] = "58", ["hours_per_week"] = "6", ["joined"] = "2021-09-01",
        }, p2.Variables);
        Assert.True(QdaGuid.Same(project.Sources.Single(s => s.Name == "P2").Guid, Assert.Single(p2.SourceGuids)));
    }

    [Fact]
    public void MAXQDA_has_upper_case_guids_document_groups_descriptions_and_document_variables()
    {
        var project = ReadShape(QdaShape.Maxqda);
        Assert.Empty(project.Cases);
        Assert.All(project.Sources, s => Assert.Equal(s.Guid.ToUpperInvariant(), s.Guid));
        Assert.Equal("Interview with P1, transcribed verbatim.", project.Sources[0].Description);
        Assert.Equal("nurse", project.Sources[0].Variables["occupation"]);
        Assert.Equal(new[] { "Weekday volunteers", "Weekend volunteers" }, project.Sets.Select(s => s.Name));
        Assert.Equal(new[] { "P1", "P3" }, project.Sets[0].SourceGuids.Select(g => project.Sources.Single(s => QdaGuid.Same(s.Guid, g)).Name));
    }

    [Fact]
    public void ATLAS_ti_code_folders_are_not_codable()
    {
        var project = ReadShape(QdaShape.AtlasTi);
        Assert.False(project.Codes[0].IsCodable);
        Assert.True(project.Codes[0].Children[0].IsCodable);
        Assert.True(project.Codes[2].IsCodable);
        Assert.All(project.Cases, c => Assert.Empty(c.Variables));
    }

    [Fact]
    public void A_codebook_alone_reads_its_codes_and_sets()
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdc");
        QdaProjects.WriteCodebook(path, QdaProjects.Garden);
        var diagnostics = new List<Diagnostic>();
        var project = QdaPackage.Read(path, diagnostics);
        Assert.Empty(diagnostics);
        Assert.True(project!.IsCodebook);
        Assert.Equal(6, project.AllCodes().Count());
        Assert.Empty(project.Sources);
        Assert.Empty(project.Cases);
        Assert.Equal(3, Assert.Single(project.Sets).CodeGuids.Count);
    }

    private const string Display = "private/garden.qdpx";

    /// <summary>Reads a package within bounds and requires exactly one FG0505 error at the file, and no project.</summary>
    private static Diagnostic OneError(string path, long maxAllocated = 64L << 20)
    {
        var found = new List<Diagnostic>();
        var read = BoundedRun.Within(() => QdaPackage.Read(path, found, Display), maxAllocated);
        Assert.Null(read);
        var d = Assert.Single(found);
        Assert.Equal(("FG0505", Severity.Error, Display), (d.Id, d.Severity, d.Location.File));
        Assert.StartsWith("the coding project cannot be read: ", d.Message);
        return d;
    }

    private static string Package(TempStudy dir, IEnumerable<KeyValuePair<string, byte[]>> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        string path = Path.Combine(dir.Path, "garden.qdpx");
        QdaProjects.WriteZip(path, entries, level);
        return path;
    }

    private static Dictionary<string, byte[]> Garden(QdaShape shape = QdaShape.QualCoder) => QdaProjects.Entries(shape, QdaProjects.Garden);

    [Theory]
    [InlineData("../evil.txt", "leads out of the folder")]
    [InlineData("sources/../../evil.txt", "leads out of the folder")]
    [InlineData("..\\evil.txt", "leads out of the folder")]
    [InlineData("/etc/cron.d/evil", "absolute path")]
    [InlineData("C:/Windows/evil.dll", "drive letter")]
    [InlineData("C:evil.txt", "drive letter")]
    [InlineData("sources/a.txt:stream", "alternate data stream")]
    [InlineData("sources/a\u0001.txt", "control character")]
    public void An_entry_whose_path_would_leave_the_package_refuses_it_and_nothing_is_unpacked(string name, string said)
    {
        using var dir = new TempStudy();
        var entries = Garden().ToList();
        entries.Add(new(name, Encoding.UTF8.GetBytes("planted")));
        string path = Package(dir, entries);
        var d = OneError(path);
        Assert.Contains(said, d.Message);
        Assert.Contains("nothing was unpacked", d.Message);
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(dir.Path));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(dir.Path)!, "evil.txt")));
    }

    [Fact]
    public void A_zip_bomb_in_project_qde_is_stopped_at_the_ratio_within_bounds()
    {
        using var dir = new TempStudy();
        var entries = Garden();
        // 200 MiB of spaces inside the root inflate from about 200 KiB: a thousand to one.
        var xml = Encoding.UTF8.GetString(entries["project.qde"]);
        int at = xml.IndexOf("<Users>", StringComparison.Ordinal);
        entries["project.qde"] = Encoding.UTF8.GetBytes(xml[..at]).Concat(Enumerable.Repeat((byte)' ', 200 << 20)).Concat(Encoding.UTF8.GetBytes(xml[at..])).ToArray();
        string path = Package(dir, entries);
        entries.Clear();
        var d = OneError(path);
        Assert.Contains("its project.qde inflates to more than 100 times its compressed size: it is a zip bomb", d.Message);
    }

    [Fact]
    public void A_zip_bomb_among_the_sources_is_stopped_too_and_so_is_a_source_past_its_limit()
    {
        using var dir = new TempStudy();
        var entries = Garden();
        string name = entries.Keys.First(k => k.StartsWith("sources/", StringComparison.Ordinal));
        entries[name] = new byte[300 << 20];
        var d = OneError(Package(dir, entries));
        Assert.Contains($"its entry '{name}' inflates to more than 100 times its compressed size", d.Message);

        // Stored (not compressed), the ratio is 1: the source's own limit stops it.
        entries[name] = Enumerable.Repeat((byte)'a', (64 << 20) + 10).ToArray();
        d = OneError(Package(dir, entries, CompressionLevel.NoCompression), maxAllocated: 400L << 20);
        Assert.Contains($"its entry '{name}' inflates to more than 64 MiB, the limit", d.Message);
    }

    [Fact]
    public void A_zip_whose_headers_understate_the_inflated_size_is_still_stopped_at_the_cap()
    {
        using var dir = new TempStudy();
        var entries = Garden();
        var xml = Encoding.UTF8.GetString(entries["project.qde"]);
        int at = xml.IndexOf("<Users>", StringComparison.Ordinal);
        entries["project.qde"] = Encoding.UTF8.GetBytes(xml[..at]).Concat(Enumerable.Repeat((byte)' ', 100 << 20)).Concat(Encoding.UTF8.GetBytes(xml[at..])).ToArray();
        string path = Package(dir, entries);
        entries.Clear();
        // Rewrite project.qde's uncompressed size, in its local header and in the central directory, to 1,000 bytes.
        byte[] bytes = File.ReadAllBytes(path);
        LieAboutSize(bytes, "project.qde", 1000);
        File.WriteAllBytes(path, bytes);
        var d = OneError(path);
        // Either the inflated bytes outgrow the header (caught here) or the zip reader stops at the declared size (the XML is
        // then cut short): never more than the header declared is held.
        Assert.Matches("its project.qde does not hold the size its zip header declares|its XML is not well-formed", d.Message);
    }

    private static void LieAboutSize(byte[] zip, string name, uint size)
    {
        byte[] nameBytes = Encoding.ASCII.GetBytes(name);
        for (int i = 0; i + 46 < zip.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes)) BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
            if (signature == 0x02014b50 && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes)) BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
        }
    }

    [Fact]
    public void A_directory_claiming_more_entries_than_the_limit_is_refused_before_it_is_read()
    {
        using var dir = new TempStudy();
        string path = Package(dir, Garden());
        byte[] bytes = File.ReadAllBytes(path);
        int end = bytes.Length - 22;
        Assert.Equal(0x06054b50u, BitConverter.ToUInt32(bytes, end));
        BitConverter.TryWriteBytes(bytes.AsSpan(end + 8), (ushort)60000);
        BitConverter.TryWriteBytes(bytes.AsSpan(end + 10), (ushort)60000);
        File.WriteAllBytes(path, bytes);
        Assert.Contains("lists 60,000 entries, more than 10,000", OneError(path).Message);
    }

    [Fact]
    public void A_package_with_more_entries_than_the_limit_is_refused()
    {
        using var dir = new TempStudy();
        var entries = Garden().ToList();
        entries.AddRange(Enumerable.Range(0, 10_001).Select(i => new KeyValuePair<string, byte[]>($"media/{i}.txt", Array.Empty<byte>())));
        // Over 65,535 entries a zip needs zip64; 10,001 fit the classic directory, so the zip reader's count decides.
        Assert.Contains("more than 10,000", OneError(Package(dir, entries, CompressionLevel.NoCompression)).Message);
    }

    public static IEnumerable<object[]> NotZips() => new[]
    {
        new object[] { "empty", Array.Empty<byte>() },
        new object[] { "text", Encoding.UTF8.GetBytes("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>") },
        new object[] { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n") },
        new object[] { "garbage", Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray() },
    };

    [Theory]
    [MemberData(nameof(NotZips))]
    public void A_file_that_is_not_a_zip_is_one_FG0505(string kind, byte[] bytes)
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdpx");
        File.WriteAllBytes(path, bytes);
        Assert.Contains("not a readable zip file", OneError(path).Message);
        _ = kind;
    }

    [Fact]
    public void Every_truncation_of_a_package_is_at_most_one_FG0505_never_an_exception()
    {
        using var dir = new TempStudy();
        string whole = Package(dir, Garden(QdaShape.NVivo));
        byte[] bytes = File.ReadAllBytes(whole);
        string path = Path.Combine(dir.Path, "cut.qdpx");
        for (int length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 60))
        {
            File.WriteAllBytes(path, bytes[..length]);
            var diagnostics = new List<Diagnostic>();
            Assert.Null(QdaPackage.Read(path, diagnostics, Display));
            Assert.Equal("FG0505", Assert.Single(diagnostics).Id);
        }
    }

    [Fact]
    public void Flipped_bytes_anywhere_give_a_project_or_FG0505_never_an_exception()
    {
        using var dir = new TempStudy();
        byte[] bytes = File.ReadAllBytes(Package(dir, Garden(QdaShape.AtlasTi)));
        string path = Path.Combine(dir.Path, "flipped.qdpx");
        var random = new Random(18);
        for (int round = 0; round < 200; round++)
        {
            byte[] copy = (byte[])bytes.Clone();
            for (int k = 0; k < 3; k++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(path, copy);
            var diagnostics = new List<Diagnostic>();
            var project = QdaPackage.Read(path, diagnostics, Display);
            Assert.All(diagnostics, d => Assert.Equal("FG0505", d.Id));
            Assert.True(project is not null || diagnostics.Any(d => d.Severity == Severity.Error));
        }
    }

    [Fact]
    public void A_package_without_project_qde_or_with_it_in_a_folder_says_so()
    {
        using var dir = new TempStudy();
        var entries = Garden();
        byte[] xml = entries["project.qde"];
        entries.Remove("project.qde");
        Assert.Contains("holds no project.qde", OneError(Package(dir, entries)).Message);
        entries["Garden/project.qde"] = xml;
        Assert.Contains("holds project.qde in a folder ('Garden/project.qde')", OneError(Package(dir, entries)).Message);
    }

    [Fact]
    public void Two_entries_with_one_name_in_any_case_are_refused()
    {
        using var dir = new TempStudy();
        var entries = Garden().ToList();
        entries.Add(new("PROJECT.QDE", entries[0].Value));
        Assert.Contains("two entries named 'PROJECT.QDE'", OneError(Package(dir, entries)).Message);
    }

    [Fact]
    public void A_source_missing_from_the_package_is_one_FG0505_at_its_element()
    {
        using var dir = new TempStudy();
        var entries = Garden();
        string name = entries.Keys.First(k => k.StartsWith("sources/", StringComparison.Ordinal));
        entries.Remove(name);
        var d = OneError(Package(dir, entries));
        Assert.Contains($"the text of source 'P1' cannot be read: '{name}' is not in the package", d.Message);
        Assert.True(d.Location.Line > 1);
    }

    [Fact]
    public void A_plain_text_path_outside_the_package_is_never_followed()
    {
        using var dir = new TempStudy();
        string secret = dir.Write("outside/secret.txt", "SECRET-MARKER-5521 Interviewer: x");
        var entries = Garden();
        string guid = QdaProjects.Guid(QdaShape.QualCoder, "source:P1");
        foreach (string target in new[] { secret, "file://" + secret, "internal://../outside/secret.txt", "internal://sources/../../outside/secret.txt", "relative/secret.txt" })
        {
            entries["project.qde"] = Encoding.UTF8.GetBytes(QdaProjects.ProjectXml(QdaShape.QualCoder, QdaProjects.Garden)
                .Replace($"internal://{guid}.txt", target, StringComparison.Ordinal));
            var d = OneError(Package(dir, entries));
            Assert.Contains("the text of source 'P1' cannot be read", d.Message);
            Assert.DoesNotContain("SECRET-MARKER", d.Message);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x49, 0x3A, 0x20, 0xE9, 0x74, 0xE9 }, "not UTF-8 text (line 1, column 4)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x49, 0x00, 0x3A }, "not valid UTF-16 text")]
    public void A_source_not_in_an_encoding_the_packages_write_is_one_FG0505(byte[] bytes, string said)
    {
        using var dir = new TempStudy();
        var entries = Garden();
        string name = entries.Keys.First(k => k.StartsWith("sources/", StringComparison.Ordinal));
        entries[name] = bytes;
        var d = OneError(Package(dir, entries));
        Assert.Contains($"'{name}': it is {said}", d.Message);
    }

    [Fact]
    public void A_missing_file_a_folder_a_fifo_or_another_extension_is_one_FG0505_without_blocking()
    {
        using var dir = new TempStudy();
        Assert.Contains("does not exist", OneError(Path.Combine(dir.Path, "none.qdpx")).Message);
        Directory.CreateDirectory(Path.Combine(dir.Path, "folder.qdpx"));
        Assert.Contains("is a folder", OneError(Path.Combine(dir.Path, "folder.qdpx")).Message);
        string notes = dir.Write("notes.nvp", "x");
        Assert.Contains("is not a REFI-QDA project (.qdpx) or codebook (.qdc)", OneError(notes).Message);
        if (OperatingSystem.IsLinux())
        {
            string fifo = Path.Combine(dir.Path, "fifo.qdpx");
            Assert.Equal(0, ChildProcess.Run("mkfifo", dir.Path, fifo).Exit);
            Assert.Contains("not a regular file", OneError(fifo).Message);
        }
    }

    [Fact]
    public void A_codebook_with_a_dtd_or_a_wrong_root_is_one_FG0505_at_its_line()
    {
        using var dir = new TempStudy();
        string path = dir.Write("book.qdc", "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeBook [<!ENTITY e SYSTEM \"/etc/passwd\">]>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"a\" name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>");
        var d = OneError(path);
        Assert.Contains("DTD", d.Message);
        Assert.Equal(2, d.Location.Line);
        path = dir.Write("book.qdc", QdaProjects.ProjectXml(QdaShape.QualCoder, QdaProjects.Garden));
        Assert.Contains("not a codebook", OneError(path).Message);
    }

    [Fact]
    public void The_documented_limits_are_the_ones_in_force()
    {
        string doc = File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "qda-reading.md"));
        Assert.Contains($"| `project.qde` inflated, or a `.qdc` | {FileLimits.Describe(FindingsGen.Files.FileLimits.QdaXml)}, and {QdaLimits.DocumentCharacters >> 20} million characters of XML |", doc);
        Assert.Contains($"| one source in `sources/`, inflated | {FileLimits.Describe(FindingsGen.Files.FileLimits.QdaSource)}; {QdaLimits.SourceCharacters >> 20} million characters once decoded |", doc);
        Assert.Contains($"| everything read from one `.qdpx` | {FileLimits.Describe(FindingsGen.Files.FileLimits.QdaInflated)} inflated |", doc);
        Assert.Contains($"| {FindingsGen.Files.FileLimits.QdaRatio} times, for entries past {FileLimits.Describe(FindingsGen.Files.FileLimits.QdaRatioFloor)} |", doc);
        Assert.Contains($"| entries in a `.qdpx` | {FindingsGen.Files.FileLimits.QdaEntries:N0} |", doc);
        Assert.Contains($"| the zip directory | {FileLimits.Describe(FindingsGen.Files.FileLimits.QdaDirectory)} |", doc);
        Assert.Contains($"| a `<Description>`, a variable's value | {QdaLimits.ValueCharacters >> 20} million characters |", doc);
        Assert.Contains($"| an attribute's value | {QdaLimits.AttributeCharacters:N0} characters |", doc);
        Assert.Contains($"| attributes on one element | {QdaLimits.AttributesPerElement} |", doc);
        Assert.Contains($"| nesting of elements | {QdaLimits.Depth} levels |", doc);
    }

    [Fact]
    public void The_security_rows_about_coding_projects_name_tests_that_exist()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoRoot.Path, "docs", "security.md")).Where(l => l.Contains("`Qda", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        var methods = typeof(QdaPackageTests).Assembly.GetTypes().SelectMany(t => t.GetMethods().Select(m => (Type: t.Name, m.Name))).ToHashSet();
        foreach (string row in rows)
        {
            string tests = row.Split('|', StringSplitOptions.RemoveEmptyEntries).Last();
            string? type = null;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(tests, @"`(?:(\w+)\.)?(\w+)`"))
            {
                if (m.Groups[1].Success) type = m.Groups[1].Value;
                Assert.True(type is not null && methods.Contains((type, m.Groups[2].Value)), $"security.md names {type}.{m.Groups[2].Value}, which does not exist");
            }
        }
    }

    private static QdaProject ReadShape(QdaShape shape)
    {
        using var dir = new TempStudy();
        string path = Path.Combine(dir.Path, "garden.qdpx");
        QdaProjects.Write(path, shape, QdaProjects.Garden);
        var diagnostics = new List<Diagnostic>();
        var project = QdaPackage.Read(path, diagnostics);
        Assert.Empty(diagnostics);
        return project!;
    }

    /// <summary>A selection's text, with its positions counted as the package counts them.</summary>
    private static string TextAt(QdaShape shape, string text, QdaSelection selection)
    {
        int Index(int position)
        {
            int units = 0, counted = 0;
            while (counted < position)
            {
                if (shape == QdaShape.QualCoder && char.IsHighSurrogate(text[units])) units++;
                if (shape == QdaShape.AtlasTi && text[units] == '\r' && units + 1 < text.Length && text[units + 1] == '\n') units++;
                units++;
                counted++;
            }
            return units;
        }
        int start = Index(selection.Start);
        return text.Substring(start, Index(selection.End) - start);
    }
}
