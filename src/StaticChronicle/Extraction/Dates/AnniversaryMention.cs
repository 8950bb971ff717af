using StaticChronicle.Config;

namespace StaticChronicle.Extraction.Dates;

/// <summary>"the 50th anniversary of …" in a text, with the reference event it counts from when one is recognised.</summary>
/// <param name="Index">Start of the phrase in the text.</param>
/// <param name="Text">The words, from the number to the end of the event's name.</param>
/// <param name="Number">Which anniversary (50 for "50th", 100 for "centenary").</param>
/// <param name="Event">The reference event from the configuration, or null.</param>
public sealed record AnniversaryMention(int Index, string Text, int Number, ReferenceEvent? Event)
{
    /// <summary>The year the anniversary falls in, when the event is known.</summary>
    public int? Year => Event is null ? null : Event.Date.Year + Number;

    /// <summary>Years from the anniversary to the article: 1 for "… last year", -1 for "… next year", 0 otherwise.</summary>
    public int YearOffset { get; init; }

    /// <summary>The words that gave <see cref="YearOffset"/> ("last year", "later this year"), or null.</summary>
    public string? RelativeWords { get; init; }

    /// <summary>The year the article was written in, as this mention tells it.</summary>
    public int? ArticleYear => Year + YearOffset;
}
