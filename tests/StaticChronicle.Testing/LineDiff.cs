using System.Text;

namespace StaticChronicle.Testing;

/// <summary>A small unified-style line diff for failure messages: '-' approved, '+' received, two lines of context.</summary>
public static class LineDiff
{
    public static string Render(string expected, string actual, int context = 2, int maxLines = 80)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var ops = Diff(a, b);
        var keep = new bool[ops.Count];
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Kind == ' ')
            {
                continue;
            }

            for (var j = Math.Max(0, i - context); j <= Math.Min(ops.Count - 1, i + context); j++)
            {
                keep[j] = true;
            }
        }

        var output = new StringBuilder();
        var written = 0;
        var skipped = false;
        for (var i = 0; i < ops.Count && written < maxLines; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                output.Append("  …\n");
                skipped = false;
            }

            output.Append(ops[i].Kind).Append(' ').Append(ops[i].Line).Append('\n');
            written++;
        }

        if (written >= maxLines)
        {
            output.Append("  … (diff cut)\n");
        }

        return output.ToString();
    }

    private static List<(char Kind, string Line)> Diff(string[] a, string[] b)
    {
        // Longest common subsequence on lines; snapshots are small enough for the O(n·m) table.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                ops.Add((' ', a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                ops.Add(('-', a[x++]));
            }
            else
            {
                ops.Add(('+', b[y++]));
            }
        }

        while (x < a.Length)
        {
            ops.Add(('-', a[x++]));
        }

        while (y < b.Length)
        {
            ops.Add(('+', b[y++]));
        }

        return ops;
    }
}
