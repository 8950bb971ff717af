using System.Text;
using StaticChronicle.Config;
using StaticChronicle.Extraction;
using StaticChronicle.Seeds;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Extraction;

/// <summary>
/// Extraction's cost against the size of a seed, measured in thread CPU time. Run alone: a garbage collection that
/// another test's allocations trigger is charged to whichever thread triggers it, which made the ratio fail by chance.
/// </summary>
[Collection(nameof(CpuTimedTests))]
public sealed class ExtractionScalingTests
{
    [Fact]
    public void A_long_one_line_seed_takes_time_in_proportion_to_its_size()
    {
        // Sentences naming people and places on one line: each word used to be tested against every person's words.
        var sentence = "Prime Minister Kishida Fumio and Pham Minh Chinh met in Hanoi on Tuesday to discuss trade with Japanese investors in Tokyo. ";
        var extractor = new ArticleExtractor(SiteConfigLoader.Load(RepositoryPaths.SiteConfig));
        double Seconds(int repeats)
        {
            var text = "Vietnam, Japan agree to deepen ties\nHanoi, May 3, 2023 - " + string.Concat(Enumerable.Repeat(sentence, repeats)) + "\n";
            var seed = SeedReader.Parse(Encoding.UTF8.GetBytes(text), "seeds/big.txt", "seeds/big.txt").Seed!;
            var best = double.MaxValue;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var before = ThreadCpu.Seconds();
                Assert.NotNull(extractor.Extract(seed).Article);
                best = Math.Min(best, ThreadCpu.Seconds() - before);
            }

            return best;
        }

        var small = Seconds(1_000);
        var large = Seconds(8_000);

        // Linear is 8 times (measured 1.1 s of CPU for the large one); the quadratic version was over 40 times.
        Assert.True(large < (small * 20) + 0.2, $"8 times the text took {large:0.00} s of CPU against {small:0.00} s");
    }
}
