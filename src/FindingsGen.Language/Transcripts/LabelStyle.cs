using System;

namespace FindingsGen.Language.Transcripts;

/// <summary>Which ways of naming speakers a transcript used (a set of flags), for the layout's name.</summary>
[Flags]
public enum LabelStyle
{
    /// <summary>No speaker is named anywhere.</summary>
    None = 0,
    /// <summary><c>Label: text</c> lines (in a cue: Zoom's inline names).</summary>
    Plain = 1,
    /// <summary>Bold or bracketed labels.</summary>
    Bold = 2,
    /// <summary><c>Label (time):</c>.</summary>
    Timed = 4,
    /// <summary>Header lines of a label and a time.</summary>
    Header = 8,
    /// <summary>Tabular rows: label, time, text.</summary>
    Tabular = 16,
    /// <summary>A time line, a name line, then the text (older Teams .docx).</summary>
    TimeNameText = 32,
    /// <summary>VTT <c>&lt;v&gt;</c> voice tags.</summary>
    Voice = 64,
    /// <summary>
    /// Not a way of naming: in a labelled transcript, some speech lines carry no label and were read as the turn
    /// before's (or, in a cue file, as nobody's). An unlabelled line may be anyone's, so where no turn is the
    /// interviewer's the interviewer check cannot run (FG0109).
    /// </summary>
    UnlabelledLines = 128,
}
