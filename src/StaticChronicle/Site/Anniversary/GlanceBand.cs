namespace StaticChronicle.Site.Anniversary;

/// <summary>An era between two milestones, drawn as a band behind the bars; <see cref="Tone"/> is the era colour (1–7).</summary>
public sealed record GlanceBand(string X, string Width, int Tone, string Title, string Years);
