using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Serving;

/// <summary>What the preview server serves right now: the last good site, and the problems of the last build if it failed.</summary>
/// <param name="Folder">The built site; null until a build has succeeded.</param>
/// <param name="BasePath">The path the site lives under, as on GitHub Pages: starts and ends with '/'.</param>
/// <param name="Problems">Why the latest build failed; empty when it succeeded.</param>
/// <param name="Generation">Counts builds, so a page knows whether it is older than the site.</param>
public sealed record ServedSite(string? Folder, string BasePath, IReadOnlyList<Diagnostic> Problems, long Generation)
{
    public bool Failed => Problems.Count > 0;
}
