using System.Text;

namespace StaticChronicle.Cli.Tests.Workflows;

/// <summary>Splits a workflow's one-line <c>run:</c> command into words as bash would, expanding the variables given.</summary>
internal static class ShellWords
{
    public static IReadOnlyList<string> Split(string command, IReadOnlyDictionary<string, string> variables)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var quote = '\0';
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote == '\'' && c != '\'')
            {
                word.Append(c);
            }
            else if (c is '\'' or '"' && (quote == '\0' || quote == c))
            {
                quote = quote == '\0' ? c : '\0';
                inWord = true;
            }
            else if (c == '$' && quote != '\'')
            {
                var end = i + 1;
                while (end < command.Length && (char.IsAsciiLetterOrDigit(command[end]) || command[end] == '_'))
                {
                    end++;
                }

                var name = command[(i + 1)..end];
                word.Append(variables.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"${name} is not set for this test."));
                inWord = true;
                i = end - 1;
            }
            else if (char.IsWhiteSpace(c) && quote == '\0')
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote != '\0')
        {
            throw new InvalidOperationException("unbalanced quote in: " + command);
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
