namespace StaticChronicle.Site;

/// <summary>A role an article gives a person, with the first and last dates it was seen.</summary>
public sealed record RoleSeen(string Role, string FirstDateIso, string FirstDateText, string LastDateIso, string LastDateText, string ArticleUrl)
{
    public bool SingleDate => FirstDateIso == LastDateIso;
}
