using System.Globalization;
using System.Text;
using StaticChronicle.Templating.Parsing;
using StaticChronicle.Templating.Syntax;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>date</c> builtins: parsing, arithmetic and strftime-style formatting (<c>%d %b %Y</c>).</summary>
internal static class DateFunctions
{
    public const string DefaultFormat = "%d %b %Y";

    public static DateTime AddDays(DateTime date, double days) => date.AddDays(days);

    public static DateTime AddHours(DateTime date, double hours) => date.AddHours(hours);

    public static DateTime AddMilliseconds(DateTime date, double millis) => date.AddMilliseconds(millis);

    public static DateTime AddMinutes(DateTime date, double minutes) => date.AddMinutes(minutes);

    public static DateTime AddMonths(DateTime date, int months) => date.AddMonths(months);

    public static DateTime AddSeconds(DateTime date, double seconds) => date.AddSeconds(seconds);

    public static DateTime AddYears(DateTime date, int years) => date.AddYears(years);

    public static DateTime Now() => DateTime.Now;

    public static DateTime UtcNow() => DateTime.UtcNow;

    public static object? Parse(TemplateContext context, SourceSpan span, string? text, string? pattern = null, string? culture = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        try
        {
            return pattern is null
                ? DateTime.Parse(text, provider)
                : DateTime.ParseExact(text, ToDotNetPattern(pattern), provider);
        }
        catch (FormatException)
        {
            throw new ScriptRuntimeException(span, $"Unable to parse the date `{text}`{(pattern is null ? string.Empty : $" with the pattern `{pattern}`")}");
        }
    }

    public static string? ParseToString(TemplateContext context, SourceSpan span, string? text, string? outputFormat, string? inputPattern = null, string? inputCulture = null, string? outputCulture = null)
    {
        var date = Parse(context, span, text, inputPattern, inputCulture);
        return date is DateTime value ? ToString(context, value, outputFormat, outputCulture) : null;
    }

    [ScriptMemberName("to_string")]
    public static string? ToString(TemplateContext context, DateTime? date, string? format, string? culture = null)
    {
        if (date is not DateTime value)
        {
            return null;
        }

        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        return Format(value, format ?? DefaultFormat, provider);
    }

    public static string Format(TemplateContext context, DateTime date, string format) => Format(date, format, context.CurrentCulture);

    // strftime formats seen so far, as .NET custom formats (null when a code has no .NET equivalent).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> DotNetFormats = new(StringComparer.Ordinal);

    private static string Format(DateTime date, string format, CultureInfo culture)
    {
        if (DotNetFormats.GetOrAdd(format, ToDotNetFormat) is { } dotNet)
        {
            return date.ToString(dotNet, culture);
        }

        if (format.StartsWith("%g", StringComparison.Ordinal))
        {
            culture = CultureInfo.InvariantCulture;
            format = format[2..];
            if (format.Length == 0)
            {
                // Upstream prints the default format after a space when "%g" stands alone.
                return " " + Format(date, DefaultFormat, culture);
            }
        }

        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                builder.Append(c);
                continue;
            }

            var code = format[++i];
            builder.Append(code switch
            {
                'a' => date.ToString("ddd", culture),
                'A' => date.ToString("dddd", culture),
                'b' or 'h' => date.ToString("MMM", culture),
                'B' => date.ToString("MMMM", culture),
                'c' => date.ToString("ddd MMM dd HH:mm:ss yyyy", culture),
                'C' => (date.Year / 100).ToString("D2", culture),
                'd' => date.ToString("dd", culture),
                'D' => date.ToString("MM/dd/yy", culture),
                'e' => date.Day.ToString(culture).PadLeft(2),
                'F' => date.ToString("yyyy-MM-dd", culture),
                'H' => date.ToString("HH", culture),
                'I' => date.ToString("hh", culture),
                'j' => date.DayOfYear.ToString("D3", culture),
                'k' => date.Hour.ToString(culture).PadLeft(2),
                'l' => (date.Hour % 12 == 0 ? 12 : date.Hour % 12).ToString(culture).PadLeft(2),
                'L' => date.Millisecond.ToString("D3", culture),
                'm' => date.ToString("MM", culture),
                'M' => date.ToString("mm", culture),
                'n' => "\n",
                'N' => ((date.Ticks % TimeSpan.TicksPerSecond) * 100).ToString("D9", culture),
                'p' => date.Hour < 12 ? "AM" : "PM",
                'P' => date.Hour < 12 ? "am" : "pm",
                'r' => date.ToString("hh:mm:ss ", culture) + (date.Hour < 12 ? "AM" : "PM"),
                'R' => date.ToString("HH:mm", culture),
                's' => new DateTimeOffset(date).ToUnixTimeSeconds().ToString(culture),
                'S' => date.ToString("ss", culture),
                't' => "\t",
                'T' => date.ToString("HH:mm:ss", culture),
                'u' => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(culture),
                'U' => culture.Calendar.GetWeekOfYear(date, CalendarWeekRule.FirstDay, DayOfWeek.Sunday).ToString("D2", culture),
                'v' => date.Day.ToString(culture).PadLeft(2) + "-" + date.ToString("MMM", culture).ToUpperInvariant() + "-" + date.ToString("yyyy", culture),
                'V' => ISOWeek.GetWeekOfYear(date).ToString("D2", culture),
                'W' => culture.Calendar.GetWeekOfYear(date, CalendarWeekRule.FirstDay, DayOfWeek.Monday).ToString("D2", culture),
                'w' => ((int)date.DayOfWeek).ToString(culture),
                'x' => date.ToString("MM/dd/yyyy", culture),
                'X' => date.ToString("HH:mm:ss", culture),
                'y' => date.ToString("yy", culture),
                'Y' => date.ToString("yyyy", culture),
                'z' => date.ToString("zzz", culture),
                'Z' => date.Kind == DateTimeKind.Utc ? "UTC" : TimeZoneInfo.Local.StandardName,
                '%' => "%",
                _ => "%" + code,
            });
        }

        return builder.ToString();
    }

    private static string? ToDotNetFormat(string format)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                // Escaped, every literal character stays itself (also ':' and '/', which .NET would localise).
                builder.Append('\\').Append(c);
                continue;
            }

            if (i + 1 >= format.Length)
            {
                return null;
            }

            string? part = format[++i] switch
            {
                'a' => "ddd",
                'A' => "dddd",
                'b' or 'h' => "MMM",
                'B' => "MMMM",
                'd' => "dd",
                'F' => "yyyy-MM-dd",
                'H' => "HH",
                'I' => "hh",
                'm' => "MM",
                'M' => "mm",
                'S' => "ss",
                'T' or 'X' => "HH:mm:ss",
                'R' => "HH:mm",
                'y' => "yy",
                'Y' => "yyyy",
                'L' => "fff",
                '%' => "\\%",
                _ => null,
            };
            if (part is null)
            {
                return null;
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>A strftime pattern as a .NET exact-parse pattern (for <c>date.parse</c> with a pattern).</summary>
    private static string ToDotNetPattern(string pattern)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%' && i + 1 < pattern.Length)
            {
                var code = pattern[++i];
                builder.Append(code switch
                {
                    'a' => "ddd",
                    'A' => "dddd",
                    'b' or 'h' => "MMM",
                    'B' => "MMMM",
                    'd' => "dd",
                    'e' => "%d",
                    'H' => "HH",
                    'k' => "%H",
                    'I' => "hh",
                    'l' => "%h",
                    'L' => "fff",
                    'm' => "MM",
                    'M' => "mm",
                    'p' => "tt",
                    'S' => "ss",
                    'y' => "yy",
                    'Y' => "yyyy",
                    'z' => "zzz",
                    'F' => "yyyy-MM-dd",
                    'T' => "HH:mm:ss",
                    'D' => "MM/dd/yy",
                    '%' => "\\%",
                    _ => "\\" + code,
                });
            }
            else if (char.IsLetter(c) || c is '\\' or '/' or ':' or '"' or '\'')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
