using System.Runtime.CompilerServices;
using ICU4N.Text;

namespace StaticChronicle.Text;

/// <summary>
/// NFC and NFD with the same result on every machine. <see cref="string.Normalize()"/> asks the platform's
/// ICU and silently returns its input unchanged in globalization-invariant mode (common in containers), so
/// names, slugs and matching would differ between a laptop and CI; ICU4N carries its own Unicode data.
/// A natively compiled chronicle cannot load ICU4N's data (it ships as a satellite assembly, which native code
/// has no loader for), so there the platform's ICU normalises, and a machine without one is refused at the
/// first normalisation rather than given a site that differs. NFC and NFD are stable across Unicode versions for
/// every assigned character, so the two agree; CI builds the site both ways and compares the bytes.
/// </summary>
public static class UnicodeNormalization
{

    /// <summary>The text in Normalization Form C (composed): "Vie&#x0302;&#x0323;t" becomes "Việt".</summary>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayChange(text))
        {
            return text;
        }

        // Tested directly (not through a field) so the native compiler drops the ICU4N branch and ICU4N with it.
        return RuntimeFeature.IsDynamicCodeSupported ? Normalizer2.NFCInstance.Normalize(text) : Platform(text, System.Text.NormalizationForm.FormC);
    }

    /// <summary>The text in Normalization Form D (decomposed), for stripping diacritics.</summary>
    public static string ToNfd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Only ASCII is safe to skip: precomposed letters from U+00C0 on ("À") take themselves apart.
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        return RuntimeFeature.IsDynamicCodeSupported ? Normalizer2.NFDInstance.Normalize(text) : Platform(text, System.Text.NormalizationForm.FormD);
    }

    // In globalization-invariant mode string.Normalize leaves letters as they are; a site built so would differ.
    private static readonly Lazy<bool> PlatformNormalises = new(() => "e\u0301".Normalize(System.Text.NormalizationForm.FormC) == "\u00E9");

    private static string Platform(string text, System.Text.NormalizationForm form) => PlatformNormalises.Value
        ? text.Normalize(form)
        : throw new PlatformNotSupportedException(
            "this natively compiled chronicle normalises text with the system's ICU, and none is in use (globalization-invariant mode). "
            + "Install the libicu package and unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT, or run the portable chronicle (`dotnet chronicle.dll`).");

    // Loading ICU4N's data costs tens of milliseconds, and almost every seed is already NFC. A string can only
    // change under NFC if it holds a combining mark, Hangul jamo, or a character from the few blocks that hold
    // singletons (characters NFC replaces); precomposed Latin (Vietnamese included), kana and CJK ideographs are
    // stable. The test is deliberately wider than Unicode's NFC_Quick_Check: a false "may change" only costs time.
    private static bool MayChange(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0300')
            {
                continue;
            }

            if (c is (>= '\u0300' and <= '\u03FF') or (>= '\u0900' and <= '\u0FFF') or (>= '\u1100' and <= '\u11FF')
                or (>= '\u1F00' and <= '\u2FFF') or (>= '\uF900' and <= '\uFB4F') || char.IsSurrogate(c))
            {
                return true;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                return true;
            }
        }

        return false;
    }
}
