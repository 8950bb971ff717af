using StaticChronicle.Config;

namespace StaticChronicle.Extraction.Dates;

/// <summary>"President To Lam": a registry person named with an office, and the tenures of that office, which bound the article's date.</summary>
/// <param name="Words">How the article names them ("President To Lam").</param>
/// <param name="Tenures">Every tenure of that office (a person may have held it twice).</param>
public sealed record TenureConstraint(string Words, IReadOnlyList<OfficeTenure> Tenures)
{
    public bool Allows(DateOnly date) => Tenures.Any(t => t.Covers(date));

    /// <summary>"President of Vietnam, May 2024 to October 2024", for evidence.</summary>
    public string Describe() => string.Join("; ", Tenures.Select(t => $"{t.Office}, {t.Period}"));
}
