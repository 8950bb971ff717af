using StaticChronicle.Rendering.Cards;
using StaticChronicle.Testing;

namespace StaticChronicle.Tests.Rendering.Cards;

public class CardColoursTests
{
    [Fact]
    public void The_repository_stylesheet_gives_its_light_colours()
    {
        var colours = CardColours.FromTemplates(RepositoryPaths.Templates);
        Assert.Equal(new CardColours(0xF6F4EF, 0xA3161A, 0x1B1B1B, 0x595959), colours);
    }

    [Fact]
    public void Card_properties_win_and_a_colour_that_is_not_hex_keeps_its_default()
    {
        const string css = """
            :root {
              --surface: #fff;
              --accent: #a3161a;
              --card-accent: #1a5fb4;
              --ink: rebeccapurple;
            }
            @media (prefers-color-scheme: dark) { :root { --surface: #000000; } }
            """;
        var colours = CardColours.FromStylesheet(css);
        Assert.Equal(0xFFFFFF, colours.Background);
        Assert.Equal(0x1A5FB4, colours.Accent);
        Assert.Equal(CardColours.Default.Ink, colours.Ink);
        Assert.Equal(CardColours.Default.Muted, colours.Muted);
    }
}
