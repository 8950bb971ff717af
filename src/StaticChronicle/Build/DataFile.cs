namespace StaticChronicle.Build;

/// <summary>
/// One file of the site besides the pages (feed, sitemap, JSON data, redirects): where it goes, what it is made
/// from and how to make it. <see cref="Inputs"/> must determine the text completely, so that a build which kept the
/// fingerprint of the inputs may skip making the text again; null means "always make it" (cheap or small files).
/// </summary>
/// <param name="Path">Relative to the output folder, '/' separated.</param>
public sealed record DataFile(string Path, object? Inputs, Func<string> Text);
