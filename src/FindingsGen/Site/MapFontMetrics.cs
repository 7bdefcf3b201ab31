namespace FindingsGen.Site;

/// <summary>
/// Advance widths of the site's sans-serif stack, in thousandths of an em, so the thematic map can wrap its labels by
/// measured width rather than by counting characters. For each character the table holds the WIDEST advance among the
/// fonts a browser may pick for <c>system-ui, sans-serif</c> here and on common systems: DejaVu Sans (what fontconfig
/// gives Chromium for both names on Debian), Liberation Sans (Arial's metrics), each in regular and bold, so a label
/// measured here is never wider in the browser. Characters outside Latin-1 and General Punctuation, and any the fonts
/// lack, count as a full em: wide enough for CJK ideographs and any fallback glyph.
/// </summary>
public static class MapFontMetrics
{
    /// <summary>The width of a character the table does not cover, in thousandths of an em.</summary>
    public const int DefaultWidth = 1000;

    // U+0020 to U+00FF; 0 marks control characters, measured as the default.
    private static readonly short[] Latin1 =
    {
        349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611,
        1016, 774, 763, 734, 831, 684, 684, 821, 837, 373, 557, 775, 638, 996, 837, 851,
        733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 557,
        500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688,
        716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        349, 457, 696, 696, 637, 696, 366, 557, 500, 1000, 564, 646, 838, 416, 1000, 553,
        500, 838, 438, 438, 500, 736, 637, 380, 500, 438, 564, 646, 1036, 1036, 1036, 611,
        774, 774, 774, 774, 774, 774, 1085, 734, 684, 684, 684, 684, 373, 373, 373, 373,
        838, 837, 851, 851, 851, 851, 851, 838, 851, 813, 813, 813, 813, 725, 738, 720,
        675, 675, 675, 675, 675, 675, 1048, 593, 679, 679, 679, 679, 343, 343, 343, 343,
        688, 712, 688, 688, 688, 688, 688, 838, 688, 712, 712, 712, 712, 652, 716, 652,
    };

    // U+2000 to U+206F (spaces, dashes, quotation marks, ellipsis); 0 marks format characters, measured as the default.
    private static readonly short[] Punctuation =
    {
        500, 1000, 500, 1000, 330, 250, 167, 696, 380, 200, 100, 0, 0, 0, 0, 0,
        416, 416, 696, 557, 1000, 1000, 500, 553, 380, 380, 380, 380, 658, 658, 658, 658,
        557, 557, 640, 640, 335, 668, 1000, 349, 0, 0, 0, 0, 0, 0, 0, 200,
        1440, 1887, 264, 480, 630, 264, 447, 630, 733, 413, 413, 973, 627, 581, 500, 829,
        829, 330, 1023, 500, 167, 458, 458, 1031, 829, 829, 514, 637, 500, 500, 523, 400,
        829, 523, 557, 1000, 829, 838, 684, 813, 838, 838, 380, 872, 838, 380, 380, 223,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    };

    /// <summary>A character's advance, in thousandths of an em.</summary>
    public static int Width(char c)
    {
        int width = c switch
        {
            >= '\u0020' and <= '\u00FF' => Latin1[c - 0x20],
            >= '\u2000' and <= '\u206F' => Punctuation[c - 0x2000],
            _ => 0,
        };
        return width == 0 ? DefaultWidth : width;
    }

    /// <summary>
    /// The width of a character beyond the Basic Multilingual Plane (a surrogate pair): emoji, drawn by colour fonts
    /// up to 1.275 em wide, and rare ideographs.
    /// </summary>
    public const int AstralWidth = 1300;

    /// <summary>The width of <paramref name="text"/> at <paramref name="fontSize"/> pixels, in pixels.</summary>
    public static double Measure(string text, double fontSize)
    {
        long sum = 0;
        foreach (char c in text) sum += char.IsLowSurrogate(c) ? 0 : char.IsHighSurrogate(c) ? AstralWidth : Width(c);
        return sum * fontSize / 1000.0;
    }
}
