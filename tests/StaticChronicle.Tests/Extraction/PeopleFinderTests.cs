using StaticChronicle.Config;
using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Places;

namespace StaticChronicle.Tests.Extraction;

public class PeopleFinderTests
{
    private static readonly PeopleRegistry Registry = new(
    [
        new PersonEntry("kishida-fumio", "Kishida Fumio", "岸田文雄", "Japan", [], []),
        new PersonEntry("truong-thi-mai", "Truong Thi Mai", "Trương Thị Mai", "Vietnam", [], []),
        new PersonEntry("ho-chi-minh", "Ho Chi Minh", "Hồ Chí Minh", "Vietnam", ["Uncle Ho"], []),
        new PersonEntry("vo-van-thuong", "Vo Van Thuong", null, "Vietnam", [], []),
    ]);

    private static List<string> Names(params string[] texts) =>
        new PeopleFinder(Registry, PlaceGazetteer.Default).Find(texts).People.Select(p => p.Name).ToList();

    [Theory]
    [InlineData("Prime Minister Fumio Kishida arrived.", "Kishida Fumio")]
    [InlineData("Prime Minister KISHIDA Fumio arrived.", "Kishida Fumio")]
    [InlineData("Politburo member Trương Thị Mai spoke.", "Truong Thi Mai")]
    [InlineData("They admired President Ho Chi Minh.", "Ho Chi Minh")]
    [InlineData("They admired Uncle Ho.", "Ho Chi Minh")]
    [InlineData("President Thuong met the press.", "Vo Van Thuong")]
    public void Registry_people_match_in_any_order_case_and_spelling(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Governor Naomichi Suzuki welcomed them.", "Naomichi Suzuki")]
    [InlineData("The minister met Nguyen Van Long, head of the trade office.", "Nguyen Van Long")]
    [InlineData("Ms. KAMIKAWA Yoko spoke.", "Kamikawa Yoko")]
    [InlineData("Mr. Tanaka said the deal was done.", "Tanaka")]
    [InlineData("Deputy Prime Minister Tran Hong Ha attended.", "Tran Hong Ha")]
    public void People_outside_the_registry_are_found_by_title_role_and_name_shape(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("They flew to Ho Chi Minh City on Monday.")]
    [InlineData("The Ho Chi Minh Communist Youth Union organised it.")]
    [InlineData("The Liberal Democratic Party won.")]
    [InlineData("Japan and Việt Nam signed the Comprehensive Strategic Partnership.")]
    [InlineData("Toyota Motor Corporation opened a plant in Ha Long.")]
    [InlineData("The Osaka-Kansai Expo opened.")]
    public void Places_organisations_and_countries_are_not_people(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_short_reference_resolves_to_the_full_name_used_earlier()
    {
        var finder = new PeopleFinder(Registry, PlaceGazetteer.Default);
        var found = finder.Find(["Chairman Nguyen Van Hue met Governor Omura Hideaki.", "Hue said trade grew. Omura agreed; Hue thanked him."]);
        Assert.Equal(["Nguyen Van Hue", "Omura Hideaki"], found.People.Select(p => p.Name));
        Assert.Equal(3, found.Spans.Count(s => s.TextIndex == 1));
        Assert.Equal(["Chairman"], found.People[0].Roles);
    }

    [Fact]
    public void A_city_name_alone_is_not_a_person()
    {
        Assert.Empty(Names("Hue said nothing.", "They travelled to Hue."));
    }
}
