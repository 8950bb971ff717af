namespace StaticChronicle.Build;

/// <summary>
/// One page to write: where, with which template, from which model. The page list is plain data so
/// a later incremental cache can compare a job with the last build and skip pages that did not change.
/// </summary>
/// <param name="OutputPath">File path relative to the output folder, '/' separated (e.g. <c>people/to-lam/index.html</c>).</param>
/// <param name="Template">Template file name in templates/ (e.g. <c>person.sbn-html</c>).</param>
/// <param name="Page">Title, canonical URL and sharing data for the layout.</param>
/// <param name="Model">The template's top-level variables besides <c>site</c> and <c>page</c>.</param>
public sealed record PageJob(string OutputPath, string Template, PageMeta Page, IReadOnlyDictionary<string, object?> Model);
