namespace StaticChronicle.Site;

/// <summary>A role articles give a person, with the first and last dates it was seen and the first article that gives it.</summary>
public sealed record RoleSeen(string Role, string FirstDateIso, string FirstDateText, string LastDateIso, string LastDateText, string ArticleUrl)
{
    public bool SingleDate => FirstDateIso == LastDateIso;

    /// <summary>The title of the article at <see cref="ArticleUrl"/>.</summary>
    public string ArticleTitle { get; init; } = "";

    /// <summary>How many articles give the role.</summary>
    public int Count { get; init; } = 1;
}
