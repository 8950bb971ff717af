using StaticChronicle.Config;

namespace StaticChronicle.Extraction.Dates;

/// <summary>"President To Lam": a registry person named with an office, and the tenures of that office, which bound the article's date.</summary>
/// <param name="Words">How the article names them ("President To Lam").</param>
/// <param name="Tenures">Every tenure of that office (a person may have held it twice).</param>
public sealed record TenureConstraint(string Words, IReadOnlyList<OfficeTenure> Tenures)
{
    // Asked for every year from 1900 to 2100 when a day and month has no year: a loop, not a closure per call.
    public bool Allows(DateOnly date)
    {
        for (var i = 0; i < Tenures.Count; i++)
        {
            if (Tenures[i].Covers(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"President of Vietnam, May 2024 to October 2024", for evidence.</summary>
    public string Describe() => string.Join("; ", Tenures.Select(t => $"{t.Office}, {t.Period}"));
}
