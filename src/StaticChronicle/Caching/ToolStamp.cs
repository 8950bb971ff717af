using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace StaticChronicle.Caching;

/// <summary>
/// Identifies the code that made a cache: the module version ids of our assemblies and the non-framework libraries
/// they use (builds are deterministic, so an id changes exactly when the code does), the .NET runtime and the
/// cache format. A cache made by any other tool build is ignored. A natively compiled chronicle is one file
/// holding all of that code, so there the file's own hash stands for the assemblies.
/// </summary>
public static class ToolStamp
{
    private static readonly Lazy<byte[]> Value = new(Compute);

    /// <summary>SHA-256 of the identities above.</summary>
    public static ReadOnlySpan<byte> Current => Value.Value;

    private static byte[] Compute()
    {
        var text = new StringBuilder();
        text.Append("format ").Append(CacheFile.FormatVersion).Append('\n');
        text.Append("runtime ").Append(Environment.Version).Append('\n');
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && Environment.ProcessPath is { } executable)
        {
            text.Append("native ").Append(Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(File.ReadAllBytes(executable)))).Append('\n');
            return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return Managed(text);
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Only runs with a JIT (the native image returns above), where every referenced assembly is on disk.")]
    private static byte[] Managed(StringBuilder text)
    {
        var library = typeof(ToolStamp).Assembly;
        var assemblies = new SortedDictionary<string, Assembly>(StringComparer.Ordinal);
        void Add(Assembly? assembly)
        {
            if (assembly?.GetName().Name is { } name)
            {
                assemblies[name] = assembly;
            }
        }

        Add(library);
        Add(typeof(Scriban.Template).Assembly);
        Add(Assembly.GetEntryAssembly());
        foreach (var reference in library.GetReferencedAssemblies())
        {
            if (reference.Name is { } name && !IsFramework(name))
            {
                Add(Assembly.Load(reference));
            }
        }

        foreach (var (name, assembly) in assemblies)
        {
            text.Append(name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal)
        || name is "netstandard" or "mscorlib";
}
