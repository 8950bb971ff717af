using System.Text;

namespace StaticChronicle.Templating.Runtime;

/// <summary>Scriban's default naming: PascalCase .NET members become snake_case template members.</summary>
public static class StandardMemberRenamer
{
    public static readonly MemberRenamer Default = member => Rename(member.Name);

    /// <summary><c>PublishedOn</c> → <c>published_on</c>, <c>HtmlURL</c> → <c>html_url</c>.</summary>
    public static string Rename(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || endsAcronym)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
