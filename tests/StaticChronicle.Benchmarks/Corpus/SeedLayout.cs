namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>The shapes the real seeds come in; each synthetic seed copies one of them.</summary>
internal enum SeedLayout
{
    /// <summary>No headline; the lede gives a day and month, the year only through "the Nth anniversary of diplomatic ties" (seed 000).</summary>
    HeadlessLede,

    /// <summary>Header <c> date 2022-09-12 Submit Release</c>, title, "VIETNAM, September 12 - TOKYO —" dateline, "— VNA/VNS" credit, title repeated (seed 001).</summary>
    SubmitReleaseHeader,

    /// <summary>A line of site navigation, a dateline <c>May 01, 2022 / 16:29</c>, title, standfirst, photo captions and subheadings (seed 002).</summary>
    NavigationDateline,

    /// <summary>Title, standfirst, an image file name and its caption, a year-less date with an anniversary hint, "Other news" tail (seed 003).</summary>
    PhotoCaption,

    /// <summary>Header <c> date 2023-12-01 </c> followed by sentences run together on one line, no headline (seed 004).</summary>
    RunOnHeader,
}
