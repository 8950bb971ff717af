using System.Text.RegularExpressions;
using StaticChronicle.Config;

namespace StaticChronicle.Extraction.Topics;

/// <summary>Tells which configured topics an article is about: any keyword as a whole word, ignoring case (acronyms keep their case).</summary>
public sealed class TopicMatcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private readonly List<(TopicDefinition Topic, Regex Pattern)> _topics;

    public TopicMatcher(IReadOnlyList<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        _topics = topics.Select(t => (t, Build(t.Keywords))).ToList();
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Ids of the topics whose keywords occur in <paramref name="text"/>, in configuration order.</summary>
    public List<string> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _topics.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Topic.Id).ToList();
    }

    /// <summary>The topic a front-matter value names (by id or by name, ignoring case), or null.</summary>
    public TopicDefinition? Resolve(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Topics.FirstOrDefault(t => string.Equals(t.Id, value, StringComparison.OrdinalIgnoreCase)
                                          || string.Equals(t.Name, value, StringComparison.OrdinalIgnoreCase));
    }

    private static Regex Build(IEnumerable<string> keywords)
    {
        var alternatives = keywords
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .OrderByDescending(k => k.Length)
            .Select(k =>
            {
                // Spaces and dashes in a keyword match any run of them ("supply  chain", "sci-tech").
                var escaped = Regex.Escape(k.Trim()).Replace("\\ ", "[\\s-]+", StringComparison.Ordinal);
                return k.Any(char.IsLower) ? escaped : $"(?-i:{escaped})";
            });
        return new Regex($@"(?<![\p{{L}}\p{{Nd}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{Nd}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
    }
}
