using System.Globalization;

namespace StaticChronicle.Templating.Functions;

/// <summary>The <c>timespan</c> builtins.</summary>
internal static class TimeSpanFunctions
{
    public static TimeSpan FromDays(double days) => TimeSpan.FromDays(days);

    public static TimeSpan FromHours(double hours) => TimeSpan.FromHours(hours);

    public static TimeSpan FromMilliseconds(double millis) => TimeSpan.FromMilliseconds(millis);

    public static TimeSpan FromMinutes(double minutes) => TimeSpan.FromMinutes(minutes);

    public static TimeSpan FromSeconds(double seconds) => TimeSpan.FromSeconds(seconds);

    public static TimeSpan Parse(string text) => TimeSpan.Parse(text, CultureInfo.InvariantCulture);
}
