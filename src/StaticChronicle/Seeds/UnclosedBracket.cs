namespace StaticChronicle.Seeds;

/// <summary>
/// Finds the '[', '{' or quote in a front-matter block that is never closed. A YAML parser notices it only where the
/// text runs out (at the closing <c>---</c>); the editor needs the place where it was opened.
/// </summary>
public static class UnclosedBracket
{
    /// <summary>The outermost unclosed opener, with its 1-based line (of <paramref name="yaml"/>) and column; null when all are closed.</summary>
    public static (int Line, int Column, char Bracket)? Find(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var lines = yaml.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            char? quote = null;
            var quoteColumn = 0;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote is { } q)
                {
                    if (q == '"' && c == '\\')
                    {
                        i++;
                    }
                    else if (c == q)
                    {
                        // '' inside a single-quoted text is an escaped quote.
                        if (q == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                        {
                            i++;
                        }
                        else
                        {
                            quote = null;
                        }
                    }

                    continue;
                }

                switch (c)
                {
                    case '#' when i == 0 || char.IsWhiteSpace(line[i - 1]):
                        i = line.Length;
                        break;
                    case '"' or '\'' when StartsValue(line, i):
                        quote = c;
                        quoteColumn = i + 1;
                        break;
                    case '[' or '{' when open.Count > 0 || StartsValue(line, i):
                        open.Push((l + 1, i + 1, c));
                        break;
                    case ']' when open.Count > 0 && open.Peek().Bracket == '[':
                    case '}' when open.Count > 0 && open.Peek().Bracket == '{':
                        open.Pop();
                        break;
                }
            }

            // Quoted texts may run over lines in YAML, but in front matter an unclosed one on its line is the mistake.
            if (quote is { } unclosed && open.Count == 0)
            {
                return (l + 1, quoteColumn, unclosed);
            }
        }

        return open.Count == 0 ? null : open.Last();
    }

    /// <summary>Quotes and brackets open a value only where one starts: after ': ', '- ', '[', '{' or ','; not inside a word ("Vietnam's").</summary>
    private static bool StartsValue(string line, int index)
    {
        var before = line[..index].TrimEnd();
        return before.Length == 0 || before[^1] is ':' or '-' or '[' or '{' or ',';
    }
}
