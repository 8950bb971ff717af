using StaticChronicle.Testing;
using YamlDotNet.RepresentationModel;

namespace StaticChronicle.Cli.Tests.Workflows;

/// <summary>A GitHub Actions workflow of this repository, read as YAML so tests can find a step by its name.</summary>
internal sealed class WorkflowFile
{
    private readonly YamlMappingNode _root;

    private WorkflowFile(YamlMappingNode root) => _root = root;

    public static WorkflowFile Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, ".github", "workflows", name));
        stream.Load(reader);
        return new WorkflowFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public string Scalar(params string[] path)
    {
        YamlNode node = _root;
        foreach (var key in path)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    /// <summary>Every step of every job, as key → scalar value (nested <c>with:</c> keys as <c>with.key</c>).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Steps()
    {
        var jobs = (YamlMappingNode)_root.Children[new YamlScalarNode("jobs")];
        return jobs.Children.Values
            .Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>())
            .Select(Flatten)
            .ToList();
    }

    public IReadOnlyDictionary<string, string> Step(string name) =>
        Steps().Single(step => step.GetValueOrDefault("name") == name);

    public IReadOnlyDictionary<string, string> StepUsing(string action) =>
        Steps().Single(step => step.GetValueOrDefault("uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    private static Dictionary<string, string> Flatten(YamlMappingNode step)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in step.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (value is YamlScalarNode scalar)
            {
                values[name] = scalar.Value!;
            }
            else if (value is YamlMappingNode mapping)
            {
                foreach (var (innerKey, innerValue) in mapping.Children)
                {
                    values[$"{name}.{((YamlScalarNode)innerKey).Value}"] = ((YamlScalarNode)innerValue).Value!;
                }
            }
        }

        return values;
    }
}
