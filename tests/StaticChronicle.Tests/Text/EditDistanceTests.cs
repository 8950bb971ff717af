using StaticChronicle.Text;

namespace StaticChronicle.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("fumio", "fumio", 0)]
    [InlineData("fumoi", "fumio", 1)]
    [InlineData("kishida", "kishda", 1)]
    [InlineData("nguyen", "nguyên", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_counts_one_letter_edits_and_a_swap_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }

    [Fact]
    public void Closest_allows_two_edits_for_long_words_one_for_short_and_none_below_four_letters()
    {
        string[] names = ["kishida fumio", "abe shinzo", "to lam", "ode"];
        Assert.Equal("kishida fumio", EditDistance.Closest("kishda fumoi", names, n => n));
        Assert.Null(EditDistance.Closest("kshda fumoi", names, n => n));
        Assert.Equal("to lam", EditDistance.Closest("to lan", names, n => n));
        Assert.Null(EditDistance.Closest("tu lan", names, n => n));
        Assert.Null(EditDistance.Closest("oda", names, n => n));
    }

    [Fact]
    public void Closest_is_null_when_one_is_equal_and_takes_the_nearest_then_the_first()
    {
        Assert.Null(EditDistance.Closest("abe shinzo", ["abe shinzu", "abe shinzo"], n => n));
        Assert.Equal("abe shinzo", EditDistance.Closest("abe shinzoo", ["abe shinzxyz", "abe shinzo", "abe shinzoo1"], n => n));
        Assert.Equal("abe shinzou", EditDistance.Closest("abe shinzoo", ["abe shinzou", "abe shinzo1"], n => n));
    }

    /// <summary>The bounded walk that Closest uses must agree with the whole table on every pair it is asked about.</summary>
    [Fact]
    public void Closest_agrees_with_a_search_by_the_whole_table_on_random_words()
    {
        var random = new Random(20261201);
        const string letters = "abcdeo ";
        string Word() => new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
        for (var round = 0; round < 2000; round++)
        {
            var value = Word();
            var candidates = Enumerable.Range(0, 6).Select(_ => Word()).ToList();
            Assert.Equal(Reference(value, candidates), EditDistance.Closest(value, candidates, c => c));
        }
    }

    private static string? Reference(string value, List<string> candidates)
    {
        var limit = value.Length >= 8 ? 2 : value.Length >= 4 ? 1 : 0;
        if (candidates.Contains(value))
        {
            return null;
        }

        return candidates
            .Select((c, i) => (c, i, d: EditDistance.Between(value, c)))
            .Where(x => x.d <= limit)
            .OrderBy(x => x.d).ThenBy(x => x.i)
            .Select(x => x.c)
            .FirstOrDefault();
    }
}
