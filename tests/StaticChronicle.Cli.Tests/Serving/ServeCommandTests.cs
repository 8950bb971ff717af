using System.Text.RegularExpressions;

namespace StaticChronicle.Cli.Tests.Serving;

/// <summary><c>chronicle serve</c> through the command line, in-process: starts, prints its URL, answers, and stops when cancelled.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Serve_on_port_0_prints_a_loopback_url_under_the_base_path_answers_and_stops_when_cancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var syncOutput = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = ChronicleApp.RunAsync(["serve", "--port", "0", "--config", _site.ConfigPath], syncOutput, TextWriter.Synchronized(error), cancellationToken: stop.Token);

        string Printed()
        {
            // SyncTextWriter locks on itself while writing.
            lock (syncOutput)
            {
                return output.ToString();
            }
        }

        var url = await Eventually.Get(() => Task.FromResult(ServingUrl().Match(Printed())), m => m.Success || run.IsCompleted, "the Serving line");
        Assert.True(url.Success, $"serve ended early: {output}{error}");
        Assert.EndsWith("/chronicle/", url.Groups["url"].Value, StringComparison.Ordinal);
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            using var response = await http.GetAsync(new Uri(url.Groups["url"].Value));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Party chief receives Japanese PM in Hanoi", html, StringComparison.Ordinal);
            Assert.Contains("EventSource", html, StringComparison.Ordinal);
        }

        await stop.CancelAsync();
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(15))));
        Assert.Equal(ExitCodes.Success, await run);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("70000")]
    public async Task A_port_out_of_range_is_a_usage_error(string port)
    {
        var (code, _, error) = await CliRunner.RunAsync("serve", "--port", port, "--config", _site.ConfigPath);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("is not a port", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Serving (?<url>http://127\.0\.0\.1:[0-9]+/\S*)")]
    private static partial Regex ServingUrl();
}
