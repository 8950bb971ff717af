using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Reports;

/// <summary>
/// <c>.chronicle/last-build-warnings.txt</c> beside the configuration (git-ignored with <c>.chronicle/</c>): every warning
/// of the last build, one per line as the terminal shows them, for when there are too many to print.
/// </summary>
public static class LastBuildWarnings
{
    /// <summary>The file, relative to the folder of <c>site-config.yml</c>.</summary>
    public const string RelativePath = ".chronicle/last-build-warnings.txt";

    public static string PathFor(SiteConfig site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Path.Combine(site.RootDirectory, ".chronicle", "last-build-warnings.txt");
    }

    /// <summary>
    /// Writes the file when the terminal cannot show every warning, or when an earlier build left one (so it is never
    /// out of date); returns the line that says where the whole list is.
    /// </summary>
    public static string Write(SiteConfig site, IReadOnlyList<Diagnostic> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var path = PathFor(site);
        var check = "`chronicle check` lists them seed by seed (--format text, markdown, github or json).";
        if (warnings.Count <= WarningSummary.Shown && !File.Exists(path))
        {
            return check;
        }

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.NewLine = "\n";
                foreach (var warning in warnings)
                {
                    writer.WriteLine(warning.ToString());
                }
            }

            File.Move(temporary, path, overwrite: true);
            return $"Every warning is in {DisplayPath.For(path)}; {check}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{DisplayPath.For(path)} could not be written ({e.Message}); {check}";
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
