namespace StaticChronicle.Site.Anniversary;

/// <summary>A topic of the year: how many articles it leads (their first-ranked topic) and how many rank it among their main topics.</summary>
public sealed record AnniversaryTopic(TopicLink Topic, int Leads, int Main);
