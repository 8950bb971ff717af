namespace StaticChronicle.Content;

/// <summary>How an article's date was fixed, so readers and editors know how far to trust it.</summary>
public enum DateKind
{
    /// <summary>The text states the full date (header, dateline, "May 01, 2022").</summary>
    Stated,

    /// <summary>The text gives day and month; the year was reasoned from other evidence.</summary>
    Inferred,

    /// <summary>An editor set it in the seed's front matter.</summary>
    FrontMatter,
}
