using System.CommandLine;
using StaticChronicle.Cli.Commands;

namespace StaticChronicle.Cli;

/// <summary>The <c>chronicle</c> command tree; takes its writers as arguments so tests run it in-process.</summary>
public static class ChronicleApp
{
    /// <param name="standardInput">What <c>add</c> reads when given no file; null for the console's.</param>
    /// <param name="terminal">Who answers <c>add</c>'s questions; null for the console.</param>
    public static RootCommand CreateRootCommand(Func<Stream>? standardInput = null, EditorTerminal? terminal = null)
    {
        var root = new RootCommand("StaticChronicle: turns raw news articles into a chronology microsite.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(AddCommand.Create(standardInput, terminal));
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <param name="cancellationToken">Stops a long-running command (<c>serve</c>) as Ctrl-C would.</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Func<Stream>? standardInput = null, EditorTerminal? terminal = null, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand(standardInput, terminal).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var problem in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {problem.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'chronicle --help' to see the commands and their options.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
