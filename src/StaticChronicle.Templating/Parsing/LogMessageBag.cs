using System.Collections;

namespace StaticChronicle.Templating.Parsing;

/// <summary>The messages of one parse, in the order they were found.</summary>
public sealed class LogMessageBag : IReadOnlyList<LogMessage>
{
    private readonly List<LogMessage> _messages = [];

    public int Count => _messages.Count;

    public bool HasErrors { get; private set; }

    public LogMessage this[int index] => _messages[index];

    internal void Add(LogMessage message)
    {
        if (message.Type == ParserMessageType.Error)
        {
            HasErrors = true;
        }

        _messages.Add(message);
    }

    public IEnumerator<LogMessage> GetEnumerator() => _messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>All messages, one per line, without a final newline.</summary>
    public override string ToString() => string.Join("\n", _messages);
}
