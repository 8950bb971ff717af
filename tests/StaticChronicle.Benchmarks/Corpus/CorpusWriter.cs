using System.Text;
using StaticChronicle.Benchmarks.Hugo;

namespace StaticChronicle.Benchmarks.Corpus;

/// <summary>Puts a corpus on disk: <c>seeds/</c> and <c>site-config.yml</c> for StaticChronicle, <c>hugo/</c> for Hugo.</summary>
internal static class CorpusWriter
{
    /// <summary>Marks a folder as written by the generator, so a later run may replace it and nothing else.</summary>
    public const string Marker = ".synthetic-corpus";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(SyntheticCorpus corpus, string directory, string templatesPath, string hugoLayouts)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        directory = Path.GetFullPath(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            if (!File.Exists(Path.Combine(directory, Marker)))
            {
                throw new IOException($"{directory} is not empty and was not written by the generator; choose an empty or new folder.");
            }

            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Marker), $"{corpus.Articles.Count}\n", Utf8);
        var seeds = Path.Combine(directory, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var article in corpus.Articles)
        {
            File.WriteAllText(Path.Combine(seeds, article.FileName), article.RawText, Utf8);
        }

        File.WriteAllText(Path.Combine(directory, "site-config.yml"), SiteConfigWriter.Write(corpus, templatesPath), Utf8);
        HugoSiteWriter.Write(corpus, Path.Combine(directory, "hugo"), hugoLayouts);
    }
}
