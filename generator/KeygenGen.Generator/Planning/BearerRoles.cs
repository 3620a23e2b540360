using System.Linq;
using KeygenGen.Generator.Helpers;
using KeygenGen.Generator.Model;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// The sentence that tells a user which bearers may send a request property, in its XML docs and in docs/api.md alike, so
/// that the restriction is seen before Keygen answers 400.
/// </summary>
internal static class BearerRoles
{
    /// <returns>The sentence, or null when any bearer may send it.</returns>
    public static string? Note(ImmutableEquatableArray<BearerRole> roles)
    {
        if (roles.Count == 0)
        {
            return null;
        }

        var names = roles.Select(Name).ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        return $"Only {list} bearers may send it; Keygen refuses it from any other (400, unpermitted parameter).";
    }

    private static string Name(BearerRole role) => role switch
    {
        BearerRole.SalesAgent => "sales agent",
        BearerRole.SupportAgent => "support agent",
        BearerRole.ReadOnly => "read-only",
        _ => role.ToString().ToLowerInvariant(),
    };
}
