namespace StaticChronicle.Extraction.Dates;

/// <summary>A weekday the text names as the day of something ("on Friday", "agreed Tuesday").</summary>
public sealed record WeekdayMention(int Index, int Length, DayOfWeek Day)
{
    public int End => Index + Length;
}
