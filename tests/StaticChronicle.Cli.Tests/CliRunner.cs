using StaticChronicle.Cli.Commands;

namespace StaticChronicle.Cli.Tests;

/// <summary>Runs the chronicle command in-process, capturing what it prints. No one is at a terminal unless a test says so.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChronicleApp.RunAsync(args, output, error, terminal: EditorTerminal.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChronicleApp.RunAsync(args, output, error, () => new MemoryStream(input), EditorTerminal.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs as if an editor sat at a terminal and typed <paramref name="answers"/> (one line each) to the questions asked.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAtTerminalAsync(string answers, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var typed = new StringReader(answers);
        var code = await ChronicleApp.RunAsync(args, output, error, terminal: new EditorTerminal(IsInteractive: true, typed));
        return (code, output.ToString(), error.ToString());
    }
}
