namespace StaticChronicle.Extraction.Dates;

/// <summary>A year and month written without a day ("2023-12" in a header).</summary>
public sealed record YearMonthMention(int Index, int Length, int Year, int Month)
{
    public int End => Index + Length;
}
