using System.Diagnostics;

namespace StaticChronicle.Cli.Tests;

/// <summary>
/// Containers often run .NET without ICU (globalization-invariant mode). What the tool writes must not change with it:
/// the same seeds give the same slugs and pages, byte for byte, with ICU and without, in any time zone and language.
/// </summary>
public sealed class InvariantGlobalizationTests : IDisposable
{
    private const string VietnameseSeed =
        "Việt Nam and Japan open a new chapter in Đà Nẵng\n\nĐà Nẵng, May 3, 2023 - Việt Nam and Japan agreed on Tuesday to open "
        + "a new chapter of cooperation, with Japanese investors visiting Đà Nẵng and Huế.\n";

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private static async Task<string> Ingest(string config, string output, bool invariant, string timeZone, string language)
    {
        var chronicle = Path.Combine(AppContext.BaseDirectory, "chronicle.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", ["exec", chronicle, "ingest", "--config", config, "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = language;
        start.Environment["LC_ALL"] = language;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var text = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, text);
        return text;
    }

    [Fact]
    public async Task Slugs_and_pages_are_the_same_with_and_without_icu_in_any_time_zone_and_language()
    {
        await File.WriteAllTextAsync(Path.Combine(_site.SeedsPath, "900_vietnamese.txt"), VietnameseSeed);
        var withIcu = Path.Combine(_site.Root, "with-icu");
        var invariant = Path.Combine(_site.Root, "invariant");

        await Ingest(_site.ConfigPath, withIcu, invariant: false, "UTC", "en_US.UTF-8");
        await Ingest(_site.ConfigPath, invariant, invariant: true, "Asia/Ho_Chi_Minh", "vi_VN.UTF-8");

        var names = Directory.GetFiles(invariant).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("2023-05-03-viet-nam-and-japan-open-a-new-chapter-in-da-nang.md", names);
        Assert.Equal(Directory.GetFiles(withIcu).Select(Path.GetFileName).Order(StringComparer.Ordinal), names);
        foreach (var name in names)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(withIcu, name!)), await File.ReadAllBytesAsync(Path.Combine(invariant, name!)));
        }
    }
}
