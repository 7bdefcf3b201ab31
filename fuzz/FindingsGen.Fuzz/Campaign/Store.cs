using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace FindingsGen.Fuzz;

/// <summary>
/// Where inputs live in the repository: <c>fuzz/corpus/TARGET/</c> (inputs that pass, replayed by the test suite),
/// <c>fuzz/crashes/TARGET/</c> (findings that are fixed, replayed too) and <c>fuzz/crashes-pending/TARGET/</c> (findings
/// not yet fixed; the campaign writes new ones here, each with a <c>.why</c> note).
/// </summary>
internal sealed class Store
{
    /// <summary>A store under the repository's <c>fuzz/</c> folder.</summary>
    public Store(string fuzzFolder, FuzzTarget target)
    {
        Corpus = Path.Combine(fuzzFolder, "corpus", target.Name);
        Crashes = Path.Combine(fuzzFolder, "crashes", target.Name);
        Pending = Path.Combine(fuzzFolder, "crashes-pending", target.Name);
        extension = target.Extension;
    }

    private readonly string extension;

    /// <summary>The corpus folder.</summary>
    public string Corpus { get; }
    /// <summary>The fixed findings.</summary>
    public string Crashes { get; }
    /// <summary>The findings not yet fixed.</summary>
    public string Pending { get; }

    /// <summary>The corpus's size in bytes and files.</summary>
    public (long Bytes, int Files) CorpusSize()
    {
        var files = Replay.Inputs(Corpus).Select(f => new FileInfo(f).Length).ToList();
        return (files.Sum(), files.Count);
    }

    /// <summary>Saves a corpus input, named by its content.</summary>
    public void SaveCorpus(byte[] input)
    {
        Directory.CreateDirectory(Corpus);
        File.WriteAllBytes(Path.Combine(Corpus, Hash(input, 16) + extension), input);
    }

    /// <summary>
    /// True when a finding with <paramref name="signature"/> is pending already. A fixed finding's signature coming back is
    /// stored again: it is a regression, or another input of the same kind that the fix missed.
    /// </summary>
    public bool Knows(string signature)
    {
        string prefix = Prefix(signature);
        return Directory.Exists(Pending) && Directory.EnumerateFiles(Pending, prefix + "*").Any();
    }

    /// <summary>Saves a finding to the pending folder with a note of what broke; returns its path.</summary>
    public string SaveFinding(string signature, byte[] input, string note)
    {
        Directory.CreateDirectory(Pending);
        string path = Path.Combine(Pending, Prefix(signature) + Hash(input, 8) + extension);
        File.WriteAllBytes(path, input);
        File.WriteAllText(path + ".why", note);
        return path;
    }

    private static string Prefix(string signature)
    {
        string oracle = signature.Split(':')[0];
        return oracle + "-" + Hash(System.Text.Encoding.UTF8.GetBytes(signature), 8) + "-";
    }

    private static string Hash(byte[] bytes, int length) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant().Substring(0, length);
}
