using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Keygen.Tests.Fuzzing;

/// <summary>
/// Uses a typed result the way a caller would: reads every public property, enumerates every list and every member
/// of every JSON object (a <see cref="JsonObject"/> reads its members only on first use), and prints it. A result
/// that throws here would have crashed the caller long after the call succeeded.
/// </summary>
internal static class ResultProbe
{
    public static void Use(object? value) => Use(value, depth: 0);

    private static void Use(object? value, int depth)
    {
        if (value is null or string || depth > 8)
        {
            return;
        }

        switch (value)
        {
            case JsonObject o:
                foreach (var member in o)
                {
                    Use(member.Value, depth + 1);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Use(item, depth + 1);
                }

                break;
            case JsonNode node:
                _ = node.ToJsonString();
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Use(item, depth + 1);
                }

                break;
            default:
                _ = value.ToString();
                if (value.GetType().Namespace?.StartsWith("Keygen", System.StringComparison.Ordinal) == true)
                {
                    foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                    {
                        Use(property.GetValue(value), depth + 1);
                    }
                }

                break;
        }
    }
}
