using StaticChronicle.Site.Anniversary;

namespace StaticChronicle.Tests.Site.Anniversary;

public class LeaderLevelTests
{
    private static readonly string[] Countries = ["Vietnam", "Japan"];

    [Theory]
    [InlineData("President")]
    [InlineData("State President")]
    [InlineData("Prime Minister")]
    [InlineData("Japanese Prime Minister")]
    [InlineData("Prime Minister of Japan")]
    [InlineData("President of Viet Nam")]
    [InlineData("President of the Socialist Republic of Vietnam")]
    [InlineData("Party General Secretary")]
    [InlineData("General Secretary of the Communist Party of Vietnam")]
    [InlineData("Chairman of the National Assembly")]
    [InlineData("Chairman of the National Assembly of Vietnam")]
    [InlineData("NA Chairman")]
    [InlineData("President of the House of Councillors")]
    [InlineData("President of the House of Councillors of Japan")]
    [InlineData("Speaker of the House of Representatives")]
    [InlineData("Emperor")]
    public void Heads_of_state_and_government_party_chiefs_and_chairs_of_parliament_are_leaders(string office) =>
        Assert.True(LeaderLevel.Is(office, Countries), office);

    [Theory]
    [InlineData("Vice President")]
    [InlineData("Deputy Prime Minister")]
    [InlineData("Former Prime Minister")]
    [InlineData("Permanent Vice Chairman of the National Assembly")]
    [InlineData("Chairman of the Japan–Vietnam Parliamentary Friendship Alliance")]
    [InlineData("Special Advisor to the Japan–Vietnam Parliamentary Friendship Alliance")]
    [InlineData("Chairman of the National Assembly's Committee for External Relations")]
    [InlineData("JICA President")]
    [InlineData("President of JICA")]
    [InlineData("President of the Vietnam Fatherland Front")]
    [InlineData("Governor of Hokkaido")]
    [InlineData("Minister for Foreign Affairs of Japan")]
    [InlineData("Politburo member")]
    [InlineData("Secretary General of ASEAN")]
    [InlineData("")]
    public void Deputies_former_holders_and_heads_of_organisations_are_not(string office) =>
        Assert.False(LeaderLevel.Is(office, Countries), office);

    [Fact]
    public void A_head_of_state_of_another_configured_country_is_one()
    {
        Assert.True(LeaderLevel.Is("President of the Republic of Korea", ["Vietnam", "Korea"]));
        Assert.True(LeaderLevel.Is("President of Korea", ["Vietnam", "Korea"]));
        Assert.False(LeaderLevel.Is("President of Korea", []));
    }
}
