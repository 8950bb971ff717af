namespace StaticChronicle.Site;

/// <summary>A stretch of the relationship between two milestones, drawn as a band on the home page.</summary>
/// <param name="WidthPercent">Share of the band, proportional to the years it spans (never below a visible minimum).</param>
public sealed record Era(string Title, string Description, string DateIso, string DateText, int StartYear, int EndYear, string WidthPercent, int Index);
