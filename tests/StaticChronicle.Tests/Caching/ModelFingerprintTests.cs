using StaticChronicle.Caching;

namespace StaticChronicle.Tests.Caching;

/// <summary>
/// The fingerprint remembers our own objects by reference and walks the lists they hold again: whatever it remembers,
/// a value hashes by what it holds, never by which instance or how often it was reached.
/// </summary>
public sealed class ModelFingerprintTests
{
    public sealed record Item(string Name, IReadOnlyList<string> Tags);

    public sealed class Node
    {
        public List<object> Children { get; } = [];
    }

    [Fact]
    public void Equal_values_hash_the_same_however_often_they_are_reached_and_a_changed_tag_does_not()
    {
        var tags = new List<string> { "oda", "trade" };
        var item = new Item("visit", tags);

        var shared = new ModelFingerprint().Of(item, item, tags);

        Assert.Equal(shared, new ModelFingerprint().Of(new Item("visit", new[] { "oda", "trade" }), new Item("visit", new List<string> { "oda", "trade" }), new[] { "oda", "trade" }));
        Assert.NotEqual(shared, new ModelFingerprint().Of(new Item("visit", new[] { "oda", "trades" }), item, tags));
    }

    [Fact]
    public void A_list_changed_between_two_builds_changes_the_hash_of_the_object_holding_it()
    {
        var tags = new List<string> { "oda" };
        var item = new Item("visit", tags);
        var before = new ModelFingerprint().Of(item);

        tags.Add("labour");

        Assert.NotEqual(before, new ModelFingerprint().Of(item));
    }

    [Fact]
    public void A_cycle_ends_and_hashes_the_same_every_time()
    {
        var node = new Node();
        node.Children.Add(node);
        node.Children.Add("leaf");
        var list = new List<object> { "x" };
        list.Add(list);

        var first = new ModelFingerprint().Of(node, list);

        Assert.Equal(first, new ModelFingerprint().Of(node, list));
        Assert.NotEqual(first, new ModelFingerprint().Of(node, new List<object> { "x" }));
    }
}
