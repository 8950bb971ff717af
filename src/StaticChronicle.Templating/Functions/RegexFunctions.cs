using System.Text.RegularExpressions;
using StaticChronicle.Templating.Runtime;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>regex</c> builtins; every match has a time limit so a bad pattern cannot hang a build.</summary>
internal static class RegexFunctions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static string Escape(string? pattern) => Regex.Escape(pattern ?? string.Empty);

    public static ScriptArray Match(string? text, string pattern, string? options = null)
    {
        var match = Create(pattern, options).Match(text ?? string.Empty);
        var result = new ScriptArray();
        if (match.Success)
        {
            foreach (Group group in match.Groups)
            {
                result.Add(group.Value);
            }
        }

        return result;
    }

    public static ScriptArray Matches(string? text, string pattern, string? options = null)
    {
        var result = new ScriptArray();
        foreach (Match match in Create(pattern, options).Matches(text ?? string.Empty))
        {
            var groups = new ScriptArray();
            foreach (Group group in match.Groups)
            {
                groups.Add(group.Value);
            }

            result.Add(groups);
        }

        return result;
    }

    public static string Replace(string? text, string pattern, string? replace, string? options = null) =>
        Create(pattern, options).Replace(text ?? string.Empty, replace ?? string.Empty);

    public static ScriptArray Split(string? text, string pattern, string? options = null) =>
        new(Create(pattern, options).Split(text ?? string.Empty).Cast<object?>());

    public static string Unescape(string? pattern) => Regex.Unescape(pattern ?? string.Empty);

    private static Regex Create(string pattern, string? options)
    {
        var flags = RegexOptions.None;
        foreach (var c in options ?? string.Empty)
        {
            flags |= c switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        return new Regex(pattern, flags, Timeout);
    }
}
