using StaticChronicle.Seeds;

namespace StaticChronicle.Tests.Seeds;

public class SeedFileNameTests
{
    [Theory]
    [InlineData("004_5ba58d962325ecdc.txt", 4, "5ba58d962325ecdc", ".txt")]
    [InlineData("seeds/012_0123456789abcdef.md", 12, "0123456789abcdef", ".md")]
    [InlineData("1000_0123456789abcdef.txt", 1000, "0123456789abcdef", ".txt")]
    public void Names_in_the_seed_scheme_are_read(string name, int number, string hash, string extension)
    {
        Assert.Equal(new SeedFileName(number, hash, extension), SeedFileName.TryParse(name));
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("04_5ba58d962325ecdc.txt")]
    [InlineData("004_5BA58D962325ECDC.txt")]
    [InlineData("004_5ba58d962325ecd.txt")]
    [InlineData("004-5ba58d962325ecdc.txt")]
    public void Other_names_are_not(string name)
    {
        Assert.Null(SeedFileName.TryParse(name));
    }

    [Theory]
    [InlineData(5, "005_0123456789abcdef.txt")]
    [InlineData(42, "042_0123456789abcdef.txt")]
    [InlineData(1234, "1234_0123456789abcdef.txt")]
    public void Numbers_are_written_with_at_least_three_digits(int number, string expected)
    {
        Assert.Equal(expected, new SeedFileName(number, "0123456789abcdef", ".txt").ToString());
    }
}
