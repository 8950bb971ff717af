namespace StaticChronicle.Content;

/// <summary>Where an article was first published, as far as its text or front matter says.</summary>
/// <param name="Publisher">The agency or site ("VNA", "Yonhap"), or null when the text names none.</param>
/// <param name="Url">The original address, or null.</param>
/// <param name="Published">The publication date, when the text gives one apart from the event's.</param>
public sealed record ArticleSource(string? Publisher, string? Url, DateOnly? Published)
{
    public static ArticleSource Unknown { get; } = new(null, null, null);
}
