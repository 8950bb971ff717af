namespace StaticChronicle.Extraction;

/// <summary>Remembers what each seed gave between runs, so an unchanged seed is not extracted again (the build cache).</summary>
public interface ISeedOutcomeStore
{
    /// <summary>The outcome remembered for <paramref name="file"/> when the file is unchanged since; called from worker threads.</summary>
    /// <param name="explicitSlug">Whether the seed's front matter sets its slug (slug assignment needs it).</param>
    bool TryGet(string file, out SeedOutcome outcome, out bool explicitSlug);

    /// <summary>
    /// The outcome remembered for <paramref name="file"/> when the store knows without looking at the file that it is
    /// unchanged (a long-running session told by a file watcher); false, the default, sends the caller to the file.
    /// </summary>
    bool TryGetUnread(string file, out SeedOutcome outcome, out bool explicitSlug)
    {
        outcome = null!;
        explicitSlug = false;
        return false;
    }

    /// <summary>Remembers a freshly extracted outcome; called from worker threads.</summary>
    void Add(string file, SeedOutcome outcome, bool explicitSlug);
}
