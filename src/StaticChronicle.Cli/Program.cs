using StaticChronicle.Cli;

return await ChronicleApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
