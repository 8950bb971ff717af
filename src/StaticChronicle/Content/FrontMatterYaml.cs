using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticChronicle.Content;

/// <summary>
/// Writes front-matter fields (strings, booleans, lists and ordered maps of them) through YamlDotNet's emitter,
/// in the style of its serialiser with <c>WithQuotingNecessaryStrings</c>: block style, plain scalars where YAML
/// allows, and double quotes for a string a YAML 1.2 reader would otherwise take for a null, bool or number.
/// The emitter needs no reflection, so the same code runs in a natively compiled chronicle.
/// </summary>
public static partial class FrontMatterYaml
{
    /// <summary>The fields as one YAML document without start or end markers, lines ending in "\n".</summary>
    public static string Write(IEnumerable<KeyValuePair<string, object>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, EmitterSettings.Default);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Map(emitter, fields);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Map(Emitter emitter, IEnumerable<KeyValuePair<string, object>> fields)
    {
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Any));
        foreach (var (key, value) in fields)
        {
            Text(emitter, key);
            Value(emitter, value);
        }

        emitter.Emit(new MappingEnd());
    }

    private static void Value(Emitter emitter, object value)
    {
        switch (value)
        {
            case string text:
                Text(emitter, text);
                break;
            case bool flag:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, flag ? "true" : "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case IEnumerable<KeyValuePair<string, object>> map:
                Map(emitter, map);
                break;
            case System.Collections.IEnumerable items:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Any));
                foreach (var item in items)
                {
                    Value(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"front matter holds strings, booleans, lists and maps, not {value.GetType().Name}.", nameof(value));
        }
    }

    private static void Text(Emitter emitter, string text)
    {
        var style = string.IsNullOrWhiteSpace(text) || ReadAsAnotherType().IsMatch(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    // YAML 1.2's core schema: what a reader resolves to null, a boolean, an integer or a float; and leading white space.
    [GeneratedRegex(@"^(null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?(\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|\s.*)$")]
    private static partial Regex ReadAsAnotherType();
}
