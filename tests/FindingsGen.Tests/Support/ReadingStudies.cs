namespace FindingsGen.Tests;

/// <summary>Studies that stress the site's reading layout: long unbroken words, URLs and titles, and long diagnostics.</summary>
internal static class ReadingStudies
{
    /// <summary>
    /// A study whose title, theme and subtheme titles, prose, quotation, attribute and code hold words and addresses
    /// longer than a phone is wide; it has no transcripts and a wrong claim, so a draft's report lists long diagnostics.
    /// </summary>
    internal static TempStudy LongWords()
    {
        var study = new TempStudy();
        study.Write("findings.yml",
            "title: \"Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-unbroken-words-in-a-study-title-that-never-ends-anywhere\"\n" +
            "authors: [\"Averyveryverylongauthornamewithoutanyspacesatallthatgoesonandonandon\"]\n" +
            "participants:\n  T1: { setting: \"averyveryverylongsettingnamewithoutanyspacesatallthatgoesonandonandonandon\" }\n  T2: {}\n" +
            "frequency: { two: 2, one: 1 }\n");
        study.Write("results.md",
            "# Supercalifragilisticexpialidocious-theme-title-without-any-space-at-all-for-a-small-phone {#long .theme}\n\n" +
            "An address: https://example.org/a/very/long/path/that/never/breaks/because/it/has/no/spaces/at/all/and/goes/on.html and " +
            "<https://example.org/another/very/long/autolinked/address/that/has/no/spaces/at/all/anywhere/to/break/x.html>.\n\n" +
            "## Averyveryverylongsubthemetitlewithnospacesatalltotesttheonthispagelistandthepager {#sub .subtheme}\n\n" +
            "[Two]{.freq of=\"T1\"} participants saidsomethingwithaverylongunbrokenwordthatgoesonandonandonforeverandeverandeverandever.\n\n" +
            "::: {.quote from=T1}\nWordswithoutspaceswordswithoutspaceswordswithoutspaceswordswithoutspaceswordswithoutspacesandmore in a quotation.\n:::\n\n" +
            "    a_code_line_that_is_much_wider_than_any_phone_because_it_never_breaks_and_goes_on_and_on_and_on();\n\n" +
            "# A second theme with an ordinary but rather long title that wraps onto several lines of a phone {#second .theme}\n\n" +
            "## Sub two {#sub-two .subtheme}\n\n" +
            "::: {.quote from=T2}\nAn ordinary quotation, said by the second participant.\n:::\n");
        return study;
    }
}
