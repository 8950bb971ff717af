using System.CommandLine;
using StaticChronicle.Cli.Serving;
using StaticChronicle.Config;
using StaticChronicle.Diagnostics;

namespace StaticChronicle.Cli.Commands;

/// <summary><c>chronicle serve</c>: builds the site, serves it on 127.0.0.1 under its base path, rebuilds on change and reloads the browser.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var seeds = CommonOptions.Seeds();
        var output = CommonOptions.Output($"the preview (default {ServeOptions.DefaultOutput}, never _site)");
        var port = new Option<int>("--port", "-p")
        {
            Description = "TCP port on 127.0.0.1; 0 picks a free one.",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                result.AddError($"--port {value} is not a port: use 0 (any free port) to 65535.");
            }
        });
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1, rebuild when seeds, templates or the configuration change, and reload the browser.")
        {
            config, seeds, output, port,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new ServeOptions(
                parseResult.GetValue(config)!.FullName,
                new ConfigOverrides(parseResult.GetValue(seeds)?.FullName, parseResult.GetValue(output)?.FullName),
                parseResult.GetValue(port));
            ServeSession session;
            try
            {
                session = await ServeSession.StartAsync(options, stdout, stderr, cancellationToken).ConfigureAwait(false);
            }
            catch (DiagnosticException e)
            {
                return DiagnosticOutput.Fail(stderr, e.Diagnostics, "serve failed: the configuration must load before there is anything to serve.");
            }
            catch (IOException e)
            {
                stderr.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {e.Message} Pass another --port, or --port 0 for any free one.");
                return ExitCodes.ContentError;
            }

            await using (session.ConfigureAwait(false))
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    stdout.WriteLine("Stopped.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
