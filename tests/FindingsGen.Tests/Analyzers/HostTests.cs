using System.IO;
using System.Text.Json;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Settings of the hosts that the rules depend on.</summary>
public sealed class HostTests
{
    [Fact]
    public void The_cli_does_not_run_with_invariant_globalization_which_disables_nfc()
    {
        // Invariant globalization makes string.Normalize a no-op, so "café" (NFD) would not match "café" (NFC).
        string config = Path.Combine(System.AppContext.BaseDirectory, "findings.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var options = json.RootElement.GetProperty("runtimeOptions");
        bool invariant = options.TryGetProperty("configProperties", out var props)
            && props.TryGetProperty("System.Globalization.Invariant", out var value) && value.GetBoolean();
        Assert.False(invariant);
        Assert.Equal("caf\u00e9", "cafe\u0301".Normalize());
    }
}
