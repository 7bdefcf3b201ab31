namespace FindingsGen.Language.Transcripts;

/// <summary>How a line names its speaker (see <see cref="SpeakerLine"/>).</summary>
public enum SpeakerLineKind
{
    /// <summary>The line names no speaker.</summary>
    None,
    /// <summary><c>Label: text</c>.</summary>
    Plain,
    /// <summary><c>**Label:** text</c>, <c>**Label**: text</c> or <c>[Label]: text</c>.</summary>
    Bold,
    /// <summary><c>Label (00:01:02): text</c>, <c>Label [00:01:02] text</c>, or the label line alone with the text below.</summary>
    Timed,
    /// <summary>A header line of only a label and a time, in either order (<c>Speaker 1  0:03</c>, Otter and Teams; <c>00:00:00 Speaker 1</c>, Word); the text below.</summary>
    Header,
    /// <summary><c>Label⇥00:01:02⇥text</c> (a tab or two spaces between the parts; Rev).</summary>
    Tabular,
    /// <summary>A line holding only a name, after a line holding only a time (the older Teams layout: time, name, text).</summary>
    NameOnly,
}
