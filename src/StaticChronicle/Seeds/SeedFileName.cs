using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronicle.Seeds;

/// <summary>A seed's file name as the seeds folder spells it: <c>NNN_&lt;16 hex digits&gt;.txt</c> (a running number, then the content hash).</summary>
public sealed partial record SeedFileName(int Number, string Hash, string Extension)
{
    public override string ToString() => $"{Number.ToString("D3", CultureInfo.InvariantCulture)}_{Hash}{Extension}";

    /// <summary>Reads a name like <c>004_5ba58d962325ecdc.txt</c>; null for names that do not follow the scheme.</summary>
    public static SeedFileName? TryParse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var match = NamePattern().Match(Path.GetFileName(fileName));
        return match.Success
            ? new SeedFileName(int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), match.Groups["hash"].Value, match.Groups["ext"].Value)
            : null;
    }

    [GeneratedRegex(@"^(?<number>[0-9]{3,9})_(?<hash>[0-9a-f]{16})(?<ext>\.[A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
