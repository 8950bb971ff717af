namespace StaticChronicle.Cli.Commands;

/// <summary>
/// Whether someone is at the keyboard to answer <c>add</c>'s questions, and where their answers come from. The console's
/// by default; tests give a scripted one, so the dialogue runs on redirected input.
/// </summary>
/// <param name="IsInteractive">True when questions may be asked (standard input is a terminal).</param>
/// <param name="Answers">Where the answers are read, one line each.</param>
public sealed record EditorTerminal(bool IsInteractive, TextReader Answers)
{
    /// <summary>The console: interactive unless standard input is redirected (a pipe, a file, CI).</summary>
    public static EditorTerminal FromConsole() => new(!Console.IsInputRedirected, Console.In);

    /// <summary>No one to ask: questions are not asked, missing answers must come as options.</summary>
    public static EditorTerminal None { get; } = new(false, TextReader.Null);
}
