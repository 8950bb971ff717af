namespace StaticChronicle.Extraction.Dates;

/// <summary>A date written in a text: where it is, what it says and, when the text gives it, the year.</summary>
/// <param name="Index">Start of the match in the text.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Year">The year, or null when the text gives only day and month.</param>
public sealed record DateMention(int Index, int Length, int? Year, int Month, int Day)
{
    public int End => Index + Length;

    public DateOnly? ToDate() => Year is { } y && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;
}
