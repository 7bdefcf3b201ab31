using FindingsGen.Language.Diagnostics;
using Xunit;

namespace FindingsGen.Tests;

/// <summary>Every rule ID of the table, as the data of a theory (one test case per rule).</summary>
public static class RuleIds
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleTable.All) data.Add(rule.Id);
        return data;
    }
}
