using System.Globalization;
using System.Net;
using System.Text;

namespace StaticChronicle.Cli.Serving;

/// <summary>
/// The snippet the preview server adds to HTML responses (never to the built files): a script that
/// reloads the page when the site is rebuilt, and an overlay listing the errors when a rebuild failed.
/// </summary>
public static class LiveReloadInjection
{
    /// <summary>Server-Sent Events endpoint, outside any base path so it cannot clash with a page.</summary>
    public const string EventsPath = "/__chronicle/events";

    public const string OverlayId = "chronicle-build-error";

    /// <summary>Inserts the snippet before <c>&lt;/body&gt;</c>, or at the end when there is none.</summary>
    public static string Inject(string html, ServedSite site)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(site);
        var snippet = Snippet(site);
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + snippet : html.Insert(body, snippet);
    }

    /// <summary>A whole page for when no build has succeeded yet: only the errors, reloading when they are fixed.</summary>
    public static string ErrorPage(ServedSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        const string Page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed · chronicle serve</title></head><body></body></html>";
        return Inject(Page, site);
    }

    private static string Snippet(ServedSite site)
    {
        var builder = new StringBuilder();
        if (site.Failed)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<div id=\"{OverlayId}\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;border-top:4px solid #e5484d;box-shadow:0 -4px 16px rgba(0,0,0,.4)\">");
            builder.Append("<button type=\"button\" onclick=\"this.parentNode.remove()\" aria-label=\"Hide\" style=\"float:right;background:none;border:1px solid #ffe9e9;color:inherit;border-radius:4px;cursor:pointer\">×</button>");
            builder.Append("<strong>The last change broke the build.</strong> ");
            builder.Append(site.Folder is null ? "No site has been built yet." : "You are seeing the last site that built.");
            builder.Append(" Fix the problem and save: this page reloads by itself.");

            // What broke the build comes first and stands out; warnings only ask for a look, so they wait, folded, below.
            var errors = site.Problems.Where(p => p.IsError).ToList();
            var warnings = site.Problems.Where(p => !p.IsError).ToList();
            builder.Append("<ul class=\"chronicle-errors\" style=\"margin:.5rem 0 0;padding-left:1.25rem\">");
            foreach (var problem in errors)
            {
                builder.Append("<li style=\"white-space:pre-wrap;margin:.25rem 0;padding:.25rem .5rem;background:#5c1414;border-left:4px solid #ff6369;color:#fff\">")
                    .Append(WebUtility.HtmlEncode(problem.ToString())).Append("</li>");
            }

            builder.Append("</ul>");
            if (warnings.Count > 0)
            {
                builder.Append("<details class=\"chronicle-warnings\" style=\"margin-top:.5rem;color:#f1d9a8\"><summary style=\"cursor:pointer\">")
                    .Append(CultureInfo.InvariantCulture, $"{warnings.Count} warning{(warnings.Count == 1 ? "" : "s")}")
                    .Append("</summary><ul style=\"margin:.25rem 0 0;padding-left:1.25rem\">");
                foreach (var problem in warnings)
                {
                    builder.Append("<li style=\"white-space:pre-wrap\">").Append(WebUtility.HtmlEncode(problem.ToString())).Append("</li>");
                }

                builder.Append("</ul></details>");
            }

            builder.Append("</div>");
        }

        // The generation lets the server answer at once when the site changed between serving this page and connecting.
        builder.Append(CultureInfo.InvariantCulture,
            $"<script>(function(){{var s=new EventSource(\"{EventsPath}?since={site.Generation}\");s.addEventListener(\"reload\",function(){{s.close();location.reload();}});}})();</script>");
        return builder.ToString();
    }
}
