using System.IO.Hashing;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using StaticChronicle.Build;

namespace StaticChronicle.Caching;

/// <summary>
/// A hash of everything a template could read from a value: the public instance properties and fields the
/// template engine exposes, list items and dictionary entries, followed recursively. Each object of our own types
/// is hashed once per instance (by reference), so the pieces many pages share cost nothing after the first page;
/// the lists they hold are walked with them. Thread-safe: pages are fingerprinted in parallel.
/// </summary>
public sealed class ModelFingerprint
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    [ThreadStatic]
    private static List<object>? t_path;

    /// <remarks>
    /// Striped by many locks: with the default (one per core) the threads fingerprinting pages wait on each other's
    /// inserts most of the time (measured at 10,000 seeds: half the fingerprinting samples in Monitor.Enter).
    /// </remarks>
    private readonly ConcurrentDictionary<object, UInt128> _known = new(concurrencyLevel: 64, capacity: 256, ReferenceEqualityComparer.Instance);

    /// <summary>The fingerprint of <paramref name="value"/> and everything reachable from it.</summary>
    public UInt128 Of(object? value)
    {
        var writer = new Writer();
        try
        {
            Append(ref writer, value, remember: false);
            return writer.Finish();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>The fingerprint of several values in order (e.g. a page's template, meta and model).</summary>
    public UInt128 Of(params ReadOnlySpan<object?> values)
    {
        var writer = new Writer();
        try
        {
            foreach (var value in values)
            {
                Append(ref writer, value, remember: false);
            }

            return writer.Finish();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <param name="remember">
    /// False for an object no other page holds (a page's own model and meta, a lazy value's inputs): remembering it by
    /// reference costs an insert into the shared table and saves nothing. The hash is the same either way.
    /// </param>
    private void Append(ref Writer writer, object? value, bool remember = true)
    {
        switch (value)
        {
            case null:
                writer.Byte(0);
                return;
            case string text:
                writer.Byte(1);
                writer.Text(text);
                return;
            case bool flag:
                writer.Byte(2);
                writer.Byte(flag ? (byte)1 : (byte)0);
                return;
            case Enum e:
                writer.Byte(3);
                writer.Text(e.GetType().FullName!);
                writer.Long(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case int or long or short or sbyte or byte or ushort or uint:
                writer.Byte(4);
                writer.Byte((byte)Type.GetTypeCode(value.GetType()));
                writer.Long(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case ulong big:
                writer.Byte(5);
                writer.Long(unchecked((long)big));
                return;
            case double number:
                writer.Byte(6);
                writer.Long(BitConverter.DoubleToInt64Bits(number));
                return;
            case float single:
                writer.Byte(7);
                writer.Long(BitConverter.SingleToInt32Bits(single));
                return;
            case decimal exact:
                writer.Byte(8);
                foreach (var part in decimal.GetBits(exact))
                {
                    writer.Long(part);
                }

                return;
            case char c:
                writer.Byte(9);
                writer.Long(c);
                return;
            case DateOnly day:
                writer.Byte(10);
                writer.Long(day.DayNumber);
                return;
            case DateTime time:
                writer.Byte(11);
                writer.Long(time.Ticks);
                writer.Byte((byte)time.Kind);
                return;
            case DateTimeOffset moment:
                writer.Byte(12);
                writer.Long(moment.Ticks);
                writer.Long(moment.Offset.Ticks);
                return;
            case TimeSpan span:
                writer.Byte(13);
                writer.Long(span.Ticks);
                return;
            case Uri uri:
                writer.Byte(14);
                writer.Text(uri.OriginalString);
                return;
            case Guid guid:
                writer.Byte(15);
                writer.Text(guid.ToString("N"));
                return;
            case LazyModelValue lazy:
                writer.Byte(16);
                Append(ref writer, lazy.Inputs, remember: false);
                return;
            case UInt128 hash:
                writer.Byte(19);
                writer.Hash(hash);
                return;
            case Type type:
                writer.Byte(17);
                writer.Text(type.AssemblyQualifiedName ?? type.FullName ?? type.Name);
                return;
            default:
                writer.Byte(18);
                writer.Hash(Composite(value, remember));
                return;
        }
    }

    private UInt128 Composite(object value, bool remember)
    {
        var type = value.GetType();
        var shared = !type.IsValueType;
        var shape = Shapes.GetOrAdd(type, Shape.Of);

        // Only our own objects are remembered: a list or array (System's) hangs off one of them, which is hashed once,
        // and giving every list its identity hash for the table cost more than walking it again (at 10,000 seeds, the
        // identity hashes of a few hundred thousand fresh objects were two thirds of fingerprinting).
        remember = remember && shared && shape.Ours;
        if (remember && _known.TryGetValue(value, out var known))
        {
            return known;
        }

        // The objects being hashed further up, compared by reference: a path is short, and a set would need identity hashes.
        var path = t_path ??= [];
        if (shared)
        {
            foreach (var above in path)
            {
                if (ReferenceEquals(above, value))
                {
                    // A cycle: the object is already being hashed further up; its identity there stands for it.
                    return UInt128.MaxValue;
                }
            }

            path.Add(value);
        }

        var writer = new Writer();
        try
        {
            // Collections are named by what they hold, not by their class: a template sees a list and an array alike,
            // and a list from fresh extraction must hash as the array the cache gives back.
            if (shape.Ours)
            {
                writer.Text(shape.Name);
            }

            switch (value)
            {
                case IDictionary dictionary:
                    writer.Byte(1);
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Append(ref writer, entry.Key);
                        Append(ref writer, entry.Value);
                    }

                    break;
                case IEnumerable items:
                    writer.Byte(2);
                    foreach (var item in items)
                    {
                        Append(ref writer, item);
                    }

                    // A collection type of our own may also have properties a template can read.
                    if (shape.Ours)
                    {
                        AppendMembers(ref writer, value, shape);
                    }

                    break;
                default:
                    writer.Byte(3);
                    if (!shape.Ours)
                    {
                        writer.Text(shape.Name);
                    }

                    if (shape.Getters.Length == 0)
                    {
                        // A value with nothing public to read still prints as something.
                        writer.Text(value.ToString() ?? "");
                    }

                    AppendMembers(ref writer, value, shape);
                    break;
            }

            var hash = writer.Finish();
            if (remember)
            {
                _known[value] = hash;
            }

            return hash;
        }
        finally
        {
            writer.Dispose();
            if (shared)
            {
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private void AppendMembers(ref Writer writer, object value, Shape shape)
    {
        foreach (var getter in shape.Getters)
        {
            object? member;
            try
            {
                member = getter(value);
            }
#pragma warning disable CA1031 // Whatever a property throws, the template would see it thrown too: that is its "value".
            catch (Exception e)
#pragma warning restore CA1031
            {
                var thrown = (e as TargetInvocationException)?.InnerException ?? e;
                writer.Byte(255);
                writer.Text(thrown.GetType().FullName ?? thrown.GetType().Name);
                continue;
            }

            Append(ref writer, member);
        }
    }

    /// <summary>What the walker needs to know about a type, worked out once.</summary>
    private sealed record Shape(bool Ours, string Name, Func<object, object?>[] Getters)
    {
        // An array's namespace is its element type's, so PersonMention[] would count as ours and hash its class name and
        // Length, unlike the List<PersonMention> a fresh extraction holds: the cache's arrays must hash as those lists.
        public static Shape Of(Type type) =>
            new(!type.IsArray && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true, type.FullName ?? type.Name, GettersOf(type));

        /// <remarks>Plain reflection: compiling a getter per member costs a one-shot build more than it saves.</remarks>
        private static Func<object, object?>[] GettersOf(Type type) =>
            [.. ReadableMembers(type).Select(m => m is PropertyInfo property ? (Func<object, object?>)property.GetValue : ((FieldInfo)m).GetValue)];
    }

    /// <summary>
    /// The members Scriban can read on a .NET object: public instance properties with a public getter and no
    /// parameters, and public instance fields (a test holds this to what Scriban's accessor lists), in a fixed order.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "Page models are our own types, kept whole in a native image (TrimmerRootAssembly in the CLI), and the framework collections they use are walked as collections, not by members.")]
    internal static IReadOnlyList<MemberInfo> ReadableMembers(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        // Reflection promises no order, and a fingerprint must not depend on what was reflected on first.
        return type.GetMembers(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.MemberType)
            .Where(m => m is PropertyInfo { GetMethod.IsPublic: true } property ? property.GetIndexParameters().Length == 0 : m is FieldInfo)
            .ToList();
    }

    /// <summary>Bytes to hash, in a pooled buffer.</summary>
    private struct Writer : IDisposable
    {
        private byte[] _buffer;
        private int _length;

        public Writer()
        {
            _buffer = ArrayPool<byte>.Shared.Rent(256);
        }

        public void Byte(byte value)
        {
            Ensure(1);
            _buffer[_length++] = value;
        }

        public void Long(long value)
        {
            Ensure(8);
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
            _length += 8;
        }

        public void Text(string value)
        {
            var bytes = MemoryMarshal.AsBytes(value.AsSpan());
            Long(value.Length);
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        public void Hash(UInt128 value)
        {
            Ensure(16);
            BinaryPrimitives.WriteUInt128LittleEndian(_buffer.AsSpan(_length), value);
            _length += 16;
        }

        public readonly UInt128 Finish()
        {
            return XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));
        }

        public void Dispose()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
            }
        }

        private void Ensure(int more)
        {
            if (_length + more <= _buffer.Length)
            {
                return;
            }

            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
