using StaticChronicle.Extraction.People;
using StaticChronicle.Extraction.Places;

namespace StaticChronicle.Tests.Extraction;

/// <summary>People the real articles lost or invented, found with an empty registry.</summary>
public class NameKindsTests
{
    private static List<string> Names(params string[] texts) =>
        new PeopleFinder(new PeopleRegistry([]), PlaceGazetteer.Default).Find(texts).People.Select(p => p.Name).ToList();

    [Theory]
    [InlineData("Emperor Naruhito received the guests.", "Naruhito")]
    [InlineData("Empress Masako attended the tea party.", "Masako")]
    [InlineData("Crown Prince Akishino will visit Hanoi.", "Akishino")]
    [InlineData("Princess Kiko spoke to the students.", "Kiko")]
    [InlineData("Empress Emerita Michiko sent flowers.", "Michiko")]
    public void One_name_after_an_imperial_title_is_a_person(string text, string name) => Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Prime Minister Han Duck-soo met the delegation.", "Han Duck-soo")]
    [InlineData("Foreign Minister Cho Tae-yul said the talks went well.", "Cho Tae-yul")]
    [InlineData("Finance Minister Choi Sang Mok attended.", "Choi Sang Mok")]
    [InlineData("Busan Mayor Park Heong-joon signed the memorandum.", "Park Heong-joon")]
    [InlineData("The deal was signed, Kim Dong-yeon told reporters.", "Kim Dong-yeon")]
    [InlineData("Mr. Tran Van Nam, director of the institute, spoke.", "Tran Van Nam")]
    [InlineData("Permanent Deputy Prime Minister Nguyen Hoa Binh received him.", "Nguyen Hoa Binh")]
    public void Korean_and_Vietnamese_names_are_found_with_titles_and_honorifics(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("The head of the group, Sato Hiroshi, said they plant trees every year.", "Sato Hiroshi")]
    [InlineData("Tanaka Ryo opened the centre with local officials. Tanaka said more would follow.", "Tanaka Ryo")]
    public void Empty_registry_recall_by_apposition_and_repeated_mentions(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Chinh Hails Ties With Japanese Business Leaders", "The prime minister met business leaders.")]
    [InlineData("Vietnam, Japan Agree Tran Hung Dao Street Upgrade", "The ministers agreed on a road project.")]
    public void Title_case_headline_words_are_not_people(string headline, string body) => Assert.Empty(Names(headline, body));

    [Theory]
    [InlineData("The Hai Phong-Kitakyushu sister-city programme was cited as a model.")]
    [InlineData("Work on Tran Hung Dao Street will finish next year.")]
    public void City_pairs_and_streets_are_not_people(string text) => Assert.Empty(Names(text));
}
