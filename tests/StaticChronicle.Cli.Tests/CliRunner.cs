namespace StaticChronicle.Cli.Tests;

/// <summary>Runs the chronicle command in-process, capturing what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChronicleApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChronicleApp.RunAsync(args, output, error, () => new MemoryStream(input));
        return (code, output.ToString(), error.ToString());
    }
}
