namespace StaticChronicle.Seeds;

/// <summary>Fields an editor set at the top of a seed; each one that is set wins over extraction.</summary>
public sealed record SeedFrontMatter
{
    public static SeedFrontMatter Empty { get; } = new();

    public string? Title { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string>? People { get; init; }
    public IReadOnlyList<string>? Places { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>Per person <c>participant:</c> and <c>role:</c>, from <c>people:</c> items written as mappings.</summary>
    public IReadOnlyList<PersonOverride> PersonFacts { get; init; } = [];

    /// <summary>Who met whom; when set, replaces the extracted pairs.</summary>
    public IReadOnlyList<MetOverride>? Met { get; init; }

    /// <summary>Whether <c>event_place:</c> is set; <see cref="EventPlace"/> null then means "no place".</summary>
    public bool EventPlaceSet { get; init; }
    public string? EventPlace { get; init; }
    public SourceOverride? Source { get; init; }
    public string? Summary { get; init; }
    public string? Slug { get; init; }
    public bool? Draft { get; init; }

    /// <summary>Old addresses of the article, each written as a redirect to its page.</summary>
    public IReadOnlyList<PageAlias>? Aliases { get; init; }

    /// <summary>1-based file line of each field, for messages about a field's value.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();

    public int LineOf(string key) => Lines.TryGetValue(key, out var line) ? line : 1;

    /// <summary>1-based file line and column of each item of each list field, in order, for messages about one item.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(int Line, int Column)>> ItemPositions { get; init; } =
        new Dictionary<string, IReadOnlyList<(int Line, int Column)>>();

    /// <summary>Where item <paramref name="index"/> of list <paramref name="key"/> is; the field's line when unknown.</summary>
    public (int Line, int Column) PositionOf(string key, int index) =>
        ItemPositions.TryGetValue(key, out var items) && index >= 0 && index < items.Count ? items[index] : (LineOf(key), 0);
}
