using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace StaticChronicle.Testing;

/// <summary>
/// Approved-file snapshots in Verify's style: <c>Class.Method.verified.ext</c> beside the test file is the
/// approved output; a mismatch writes <c>Class.Method.received.ext</c> and fails with a line diff.
/// Set <c>ACCEPT_SNAPSHOTS=1</c> to approve received output (never in CI).
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "ACCEPT_SNAPSHOTS";

    /// <summary>Compares <paramref name="actual"/> with the approved file for the calling test.</summary>
    /// <param name="actual">The output under test; line endings are normalised to LF.</param>
    /// <param name="extension">File extension of the snapshot (html, md, txt, json, xml…).</param>
    /// <param name="name">Optional suffix distinguishing several snapshots of one test (e.g. a theory case).</param>
    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}{(name is null ? "" : "_" + name)}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1"
                     && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
        var approved = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        var message = approved is null
            ? $"No approved snapshot yet: {verifiedPath}\nRead {receivedPath}; if it is right, rename it to .verified.{extension} (or run with {AcceptVariable}=1)."
            : $"Snapshot differs from {Path.GetFileName(verifiedPath)} (received output in {Path.GetFileName(receivedPath)}):\n{LineDiff.Render(approved, normalized)}\n"
              + $"If the change is intended, approve it: rerun with {AcceptVariable}=1 or copy the received file over the verified one.";
        throw new XunitException(message);
    }
}
