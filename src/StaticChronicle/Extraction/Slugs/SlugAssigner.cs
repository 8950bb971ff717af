using StaticChronicle.Diagnostics;

namespace StaticChronicle.Extraction.Slugs;

/// <summary>
/// Makes every page's slug unique across the site, as Hugo and Jekyll need (two pages with one URL
/// silently overwrite each other there). A slug an editor set in front matter is kept as written and two
/// equal ones are an error; a generated slug that is taken gets "-2", "-3", … in seed order, with a warning.
/// </summary>
public static class SlugAssigner
{
    /// <summary>Assigns slugs to <paramref name="outcomes"/> in order; returns the updated outcomes.</summary>
    /// <param name="explicitSlugs">Per outcome, whether its slug came from front matter.</param>
    public static List<SeedOutcome> Assign(IReadOnlyList<SeedOutcome> outcomes, IReadOnlyList<bool> explicitSlugs)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(explicitSlugs);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = outcomes.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Article is not { } article || !explicitSlugs[i])
            {
                continue;
            }

            if (owners.TryGetValue(article.Slug, out var owner))
            {
                result[i] = result[i] with
                {
                    Article = null,
                    Diagnostics = [.. result[i].Diagnostics, Diagnostic.Error(result[i].DisplayPath, 1, 0,
                        $"front-matter slug '{article.Slug}' is also the slug of {owner}. Two pages cannot share a URL; change one of the slugs.")],
                };
                continue;
            }

            owners[article.Slug] = result[i].DisplayPath;
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Article is not { } article || explicitSlugs[i])
            {
                continue;
            }

            var slug = article.Slug;
            if (owners.TryGetValue(slug, out var owner))
            {
                var n = 2;
                while (owners.ContainsKey($"{article.Slug}-{n}"))
                {
                    n++;
                }

                slug = $"{article.Slug}-{n}";
                var message = $"the slug '{article.Slug}' is already used by {owner}; this page gets '{slug}'. Set `slug:` in the front matter to choose another.";
                result[i] = result[i] with
                {
                    Article = article with { Slug = slug, Warnings = [.. article.Warnings, message] },
                    Diagnostics = [.. result[i].Diagnostics, Diagnostic.Warning(result[i].DisplayPath, 1, 0, message)],
                };
            }

            owners[slug] = result[i].DisplayPath;
        }

        return result;
    }
}
