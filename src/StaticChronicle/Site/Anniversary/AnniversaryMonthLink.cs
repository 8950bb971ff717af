namespace StaticChronicle.Site.Anniversary;

/// <summary>A link to where a month of the anniversary year starts, on whichever page of the list that is.</summary>
public sealed record AnniversaryMonthLink(string Name, string Url);
