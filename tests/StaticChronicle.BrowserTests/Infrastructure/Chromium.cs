namespace StaticChronicle.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, the only browser these tests drive: Playwright launches it and downloads nothing.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Set by <c>.ci/run</c>: there a missing browser fails the tests instead of skipping them.</summary>
    public const string RequireVariable = "CHRONICLE_REQUIRE_BROWSER";

    public const string InstallHint =
        "Install it with `sudo apt-get update && sudo apt-get install -y chromium` and the npm tools with `npm ci` at the repository root (or run `bash .ci/run`).";

    /// <summary>Flags that keep a headless run quiet and offline: no sandbox (containers), no GPU, no background fetches.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why browser tests are skipped here, or null when they must run.</summary>
    public static string? SkipReason => IsInstalled || IsRequired
        ? null
        : $"Chromium is not installed at {ExecutablePath}, so the browser tests cannot run. {InstallHint}";
}
