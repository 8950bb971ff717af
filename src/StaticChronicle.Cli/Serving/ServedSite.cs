using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Serving;

/// <summary>What the preview server serves right now: the last good site, and the problems of the last build if it failed.</summary>
/// <param name="Folder">The built site; null until a build has succeeded.</param>
/// <param name="BasePath">The path the site lives under, as on GitHub Pages: starts and ends with '/'.</param>
/// <param name="Problems">Why the latest build failed; empty when it succeeded.</param>
/// <param name="Generation">Counts builds, so a page knows whether it is older than the site.</param>
public sealed record ServedSite(string? Folder, string BasePath, IReadOnlyList<Diagnostic> Problems, long Generation)
{
    /// <summary>
    /// Called with a file's path inside <see cref="Folder"/> ('/'-separated) before it is sent: renders it first when the
    /// rebuild left it for later (a template change that alters many pages). Null when every page is up to date.
    /// </summary>
    public Action<string>? RenderPending { get; init; }

    public bool Failed => Problems.Count > 0;
}
