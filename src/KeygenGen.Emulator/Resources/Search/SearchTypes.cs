using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Search;

/// <summary>One term's test of a row: the row, the term as sent (text, or an object for metadata).</summary>
internal delegate bool SearchTerm(Entity row, JsonNode? term);

/// <summary>
/// The types <c>POST /search</c> takes (Keygen's SEARCH_MODELS) and, per type, the terms its model has a
/// <c>search_*</c> scope for (app/models/*.rb); a term not listed is a 400.
/// </summary>
internal sealed record SearchType(Func<AccountState, IEnumerable<Entity>> Rows, IReadOnlyDictionary<string, SearchTerm> Terms)
{
    /// <summary>By Keygen's model name, underscored and singular (<c>license</c>, <c>request_log</c>).</summary>
    public static readonly IReadOnlyDictionary<string, SearchType> ByModel = new Dictionary<string, SearchType>(StringComparer.Ordinal)
    {
        ["entitlement"] = Of<Entitlement>(new()
        {
            ["id"] = Id<Entitlement>(),
            ["code"] = Text<Entitlement>(e => e.Code),
            ["name"] = Text<Entitlement>(e => e.Name),
        }),
        ["request_log"] = Of<RequestLog>(new()
        {
            ["id"] = Id<RequestLog>(),
            ["method"] = Text<RequestLog>(r => r.Method),
            ["status"] = Text<RequestLog>(r => r.Status),
            ["url"] = Text<RequestLog>(r => r.Url),
            ["ip"] = Text<RequestLog>(r => r.Ip),
            ["requestorId"] = Text<RequestLog>(r => r.Requestor?.Id.ToString()),
            ["resourceId"] = Text<RequestLog>(r => r.Resource?.Id.ToString()),
        }),
        ["product"] = Of<Product>(new()
        {
            ["id"] = Id<Product>(),
            ["name"] = Text<Product>(p => p.Name),
            ["metadata"] = Metadata<Product>(p => p.Metadata),
        }),
        ["policy"] = Of<Policy>(new()
        {
            ["id"] = Id<Policy>(),
            ["name"] = Text<Policy>(p => p.Name),
            ["metadata"] = Metadata<Policy>(p => p.Metadata),
            ["product"] = Related<Policy>(p => [Named(p.Product)]),
        }),
        ["license"] = Of<License>(new()
        {
            ["id"] = Id<License>(),
            ["key"] = Term<License>((l, key) => l.Key == key),
            ["name"] = Text<License>(l => l.Name),
            ["metadata"] = Metadata<License>(l => l.Metadata),
            ["owner"] = Related<License>(l => l.Owner is null ? [] : [Named(l.Owner)]),
            ["user"] = Related<License>(l => l.Users.Select(Named)),
            ["product"] = Related<License>(l => [Named(l.Product)]),
            ["policy"] = Related<License>(l => [Named(l.Policy)]),
        }),
        ["machine"] = Of<Machine>(new()
        {
            ["id"] = Id<Machine>(),
            ["fingerprint"] = Text<Machine>(m => m.Fingerprint),
            ["name"] = Text<Machine>(m => m.Name),
            ["metadata"] = Metadata<Machine>(m => m.Metadata),
            ["license"] = Related<Machine>(m => [(m.License.Id, [m.License.Name])]),
            ["owner"] = Related<Machine>(m => m.Owner is null ? [] : [Named(m.Owner)]),
            ["user"] = Related<Machine>(m => m.License.Users.Select(Named)),
            ["product"] = Related<Machine>(m => [Named(m.Product)]),
            ["policy"] = Related<Machine>(m => [Named(m.License.Policy)]),
        }),
        ["user"] = Of<User>(new()
        {
            ["id"] = Id<User>(),
            ["email"] = Text<User>(u => u.Email),
            ["firstName"] = Text<User>(u => u.FirstName),
            ["lastName"] = Text<User>(u => u.LastName),
            ["fullName"] = Term<User>(FullName),
            ["name"] = Term<User>(FullName),
            ["metadata"] = Metadata<User>(u => u.Metadata),
            ["role"] = Text<User>(u => UserRoles.NameOf(u.Role)),
        }),
        ["release"] = Of<Release>(new()
        {
            ["id"] = Id<Release>(),
            ["version"] = Text<Release>(r => r.Version.ToString()),
            ["tag"] = Text<Release>(r => r.Tag),
            ["metadata"] = Metadata<Release>(r => r.Metadata),
            ["product"] = Related<Release>(r => [Named(r.Product)]),
        }),
        ["group"] = Of<Group>(new()
        {
            ["name"] = Text<Group>(g => g.Name),
        }),
    };

    /// <summary>
    /// The model a <c>meta.type</c> names, as Keygen's <c>type.underscore.classify</c> reads it: singular or plural,
    /// any case or separator (<c>licenses</c>, <c>License</c>, <c>request-logs</c>).
    /// </summary>
    public static SearchType? Named(string type)
    {
        var name = KeyCase.Underscore(type);
        return ByModel.GetValueOrDefault(name)
            ?? ByModel.GetValueOrDefault(name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s'));
    }

    /// <summary>The permission that reading a list of this type takes (<c>license.read</c>, <c>request-log.read</c>).</summary>
    public string ReadPermission => ByModel.First(pair => ReferenceEquals(pair.Value, this)).Key.Replace('_', '-') + ".read";

    private static SearchType Of<T>(Dictionary<string, SearchTerm> terms)
        where T : Entity => new(a => a.Table<T>().All, terms);

    private static SearchTerm Term<T>(Func<T, string, bool> matches) =>
        (row, term) => term is JsonValue v && v.TryGetValue(out string? text) && matches((T)(object)row, text);

    private static SearchTerm Id<T>()
        where T : Entity => Term<T>((row, term) => SearchTerms.Id(row.Id, term));

    private static SearchTerm Text<T>(Func<T, string?> value) => Term<T>((row, term) => SearchTerms.Text(value(row), term));

    private static SearchTerm Related<T>(Func<T, IEnumerable<(Guid Id, string?[] Names)>> rows) =>
        Term<T>((row, term) => SearchTerms.Related(rows(row), term));

    private static SearchTerm Metadata<T>(Func<T, JsonObject> metadata) =>
        (row, term) => term is JsonObject terms && SearchTerms.Metadata(metadata((T)(object)row), terms);

    private static (Guid, string?[]) Named(User user) => (user.Id, [user.Email]);

    private static (Guid, string?[]) Named(Product product) => (product.Id, [product.Name]);

    private static (Guid, string?[]) Named(Policy policy) => (policy.Id, [policy.Name]);

    /// <summary><c>search_full_name</c>: the first word within the first name and the rest within the last name.</summary>
    private static bool FullName(User user, string term)
    {
        var parts = term.Split(' ', 2);
        return SearchTerms.Text(user.FirstName, parts[0]) && SearchTerms.Text(user.LastName, parts.Length > 1 ? parts[1] : string.Empty);
    }
}
