using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Search;

/// <summary>
/// How one search term matches a row, after Keygen's <c>search_*</c> scopes (app/models/*.rb): ids exactly or by part,
/// text by part ignoring case (<c>ILIKE %term%</c>), metadata by JSON containment, related rows by id, by part of their
/// id, or by their name or email.
/// </summary>
internal static partial class SearchTerms
{
    /// <summary><c>search_id</c>: a whole UUID exactly, anything else as a part of the id.</summary>
    public static bool Id(Guid id, string term) =>
        term.Length > 0 && (IsUuid(term) ? Guid.TryParse(term, out var wanted) && wanted == id : Within(id.ToString(), term));

    /// <summary><c>ILIKE '%term%'</c>; a blank term finds nothing.</summary>
    public static bool Text(string? value, string term) =>
        !string.IsNullOrWhiteSpace(term) && value is not null && Within(value, term);

    /// <summary>
    /// A related row (<c>search_user</c>, <c>search_policy</c>, …): a whole UUID is its id; otherwise one of its
    /// names contains the term, or, when the term could be one, its id starts with it.
    /// </summary>
    public static bool Related(IEnumerable<(Guid Id, string?[] Names)> rows, string term)
    {
        if (term.Length == 0)
        {
            return false;
        }

        if (IsUuid(term))
        {
            return Guid.TryParse(term, out var wanted) && rows.Any(r => r.Id == wanted);
        }

        var idPart = UuidChars().IsMatch(term);
        return rows.Any(r =>
            r.Names.Any(n => n is not null && Within(n, term)) ||
            (idPart && r.Id.ToString().StartsWith(term, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary><c>search_metadata</c>: every term contained in the row's metadata (<see cref="JsonContainment.ContainsTerm"/>).</summary>
    public static bool Metadata(JsonObject metadata, JsonObject terms) =>
        terms.All(term => JsonContainment.ContainsTerm(metadata, term.Key, term.Value));

    private static bool Within(string value, string term) => value.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static bool IsUuid(string text) => Resources.Accounts.AccountModule.IsUuid(text);

    /// <summary>Keygen's UUID_CHAR_RE: what could be the start of a UUID.</summary>
    [GeneratedRegex(@"\A[-a-f0-9]+\z", RegexOptions.IgnoreCase)]
    private static partial Regex UuidChars();
}
