using System.Text;

namespace KeygenGen.Generator.Parsing;

/// <summary>How schema names become C# names, and which names are acceptable.</summary>
internal static class Naming
{
    public const string PascalCaseRule = "it must be a PascalCase C# identifier (an ASCII capital letter, then ASCII letters and digits)";

    /// <summary>
    /// The PascalCase form of a wire name: words are split at every character that is not a letter or digit,
    /// each word gets a capital first letter, and an all-capital word is lowered after its first letter.
    /// <c>NO_MACHINE</c> → <c>NoMachine</c>, <c>sales-agent</c> → <c>SalesAgent</c>, <c>page[size]</c> →
    /// <c>PageSize</c>, <c>validateKey</c> → <c>ValidateKey</c>. The result may still be no identifier
    /// (<c>15_MINUTE</c> → <c>15Minute</c>); callers check it with <see cref="IsPascalCaseIdentifier"/>.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var result = new StringBuilder(name.Length);
        var wordStart = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && char.IsLetterOrDigit(name[i]);
            if (inWord && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!inWord && wordStart >= 0)
            {
                AppendWord(result, name.Substring(wordStart, i - wordStart));
                wordStart = -1;
            }
        }

        return result.ToString();
    }

    private static void AppendWord(StringBuilder result, string word)
    {
        var shouting = !HasLowerCase(word);
        result.Append(char.ToUpperInvariant(word[0]));
        result.Append(shouting ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
    }

    private static bool HasLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsPascalCaseIdentifier(string name) => name.Length > 0 && name[0] is >= 'A' and <= 'Z' && IsAsciiLettersAndDigits(name);

    public static bool IsLowerCamelCaseIdentifier(string name) => name.Length > 0 && name[0] is >= 'a' and <= 'z' && IsAsciiLettersAndDigits(name);

    private static bool IsAsciiLettersAndDigits(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
