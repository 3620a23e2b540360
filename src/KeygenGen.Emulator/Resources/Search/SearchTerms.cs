using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

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

    /// <summary>
    /// <c>search_metadata</c>: every key's value contained in the row's (Postgres <c>@&gt;</c>: objects by their
    /// members, arrays by their items, scalars equal), a text value also as the boolean, null or number it spells.
    /// </summary>
    public static bool Metadata(JsonObject metadata, JsonObject terms) =>
        terms.All(term =>
            metadata.TryGetPropertyValue(term.Key, out var value) &&
            (Contains(value, term.Value) || (TypeCast(term.Value) is { } cast && Contains(value, cast.Value))));

    private static bool Within(string value, string term) => value.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(JsonNode? value, JsonNode? wanted) => (value, wanted) switch
    {
        (JsonObject has, JsonObject want) => want.All(w => has.TryGetPropertyValue(w.Key, out var v) && Contains(v, w.Value)),
        (JsonArray has, JsonArray want) => want.All(w => has.Any(h => Contains(h, w))),
        (JsonArray has, JsonValue want) => has.Any(h => Contains(h, want)),
        _ => JsonNode.DeepEquals(value, wanted),
    };

    /// <summary>The typed value a query-string-like text stands for, as Keygen casts it ('true', 'null', '42', '4.2').</summary>
    private static (JsonNode? Value, bool Found)? TypeCast(JsonNode? term)
    {
        if (term is not JsonValue v || !v.TryGetValue(out string? text))
        {
            return null;
        }

        return text switch
        {
            "true" => (JsonValue.Create(true), true),
            "false" => (JsonValue.Create(false), true),
            "null" => (null, true),
            _ when Digits().IsMatch(text) && long.TryParse(text, out var whole) => (JsonValue.Create(whole), true),
            _ when Decimal().IsMatch(text) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var real) => (JsonValue.Create(real), true),
            _ => null,
        };
    }

    private static bool IsUuid(string text) => Resources.Accounts.AccountModule.IsUuid(text);

    [GeneratedRegex(@"\A\d+\z")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\A\d+\.\d+\z")]
    private static partial Regex Decimal();

    /// <summary>Keygen's UUID_CHAR_RE: what could be the start of a UUID.</summary>
    [GeneratedRegex(@"\A[-a-f0-9]+\z", RegexOptions.IgnoreCase)]
    private static partial Regex UuidChars();
}
