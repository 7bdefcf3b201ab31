using System.Collections.Generic;
using System.Globalization;

namespace FindingsGen.Language.Coding;

/// <summary>
/// The REFI-QDA type of a participant attribute exported as a case variable: the narrowest of Integer, Float and
/// Boolean that every value has, written back exactly as the manifest holds it; otherwise Text.
/// </summary>
public static class QdaVariableType
{
    /// <summary>The schema's <c>typeOfVariable</c> for these values: "Integer", "Float", "Boolean" or "Text".</summary>
    public static string Of(IEnumerable<string> values)
    {
        bool integer = true, number = true, boolean = true, any = false;
        foreach (string value in values)
        {
            any = true;
            integer &= IsInteger(value);
            number &= IsDecimal(value);
            boolean &= value is "true" or "false";
        }
        if (!any) return "Text";
        if (integer) return "Integer";
        if (number) return "Float";
        return boolean ? "Boolean" : "Text";
    }

    /// <summary>The element a value of <paramref name="type"/> is written in (<c>IntegerValue</c>…).</summary>
    public static string ValueElement(string type) => type + "Value";

    // Only a value written the way the schema's types write it is a number: "0123" stays text (an integer would lose
    // its zero, and an ID-like value is not a quantity), "1e3" stays text (xsd:decimal has no exponent), "12." too.
    private static bool IsInteger(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)
        && n.ToString(CultureInfo.InvariantCulture) == value;

    private static bool IsDecimal(string value) =>
        value.IndexOf('.') > 0 && !value.EndsWith(".", System.StringComparison.Ordinal)
        && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)
        && d.ToString(CultureInfo.InvariantCulture) == value;
}
