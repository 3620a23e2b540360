using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keygen.Serialization;

/// <summary>Formats query-string values for generated clients, invariantly and in Keygen's conventions.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeygenQuery
{
    /// <summary>The most resources a Keygen page holds, and the page size a paged list asks for when none is set.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The highest <c>page[number]</c> Keygen serves; past it Keygen answers 400 and asks for the cursor.</summary>
    public const int MaxPageNumber = 100;

    /// <summary>
    /// Asks for the page a list call starts from. With <paramref name="pageNumber"/>, Keygen's offset paging:
    /// <c>page[number]</c> and <c>page[size]</c>, whose answer counts the list (<c>links.meta</c>). Without it, the first page
    /// of Keygen's keyset paging: <c>page[size]</c> and an empty <c>page[cursor]</c>. Keygen pages only when one of the two is
    /// sent: with no page parameter it answers with its first 10 resources and no <c>links.next</c> (a list would silently
    /// stop at 10), and it rejects <c>page[size]</c> alone with a 400. Later pages follow <c>links.next</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="pageSize"/> is outside 1 to <see cref="MaxPageSize"/>, or <paramref name="pageNumber"/> outside 1 to
    /// <see cref="MaxPageNumber"/>, the ranges Keygen accepts: checked here so that the mistake is found before any request.
    /// </exception>
    public static void AddFirstPage(List<KeyValuePair<string, string>> query, int? pageSize, int? pageNumber)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException("PageSize", pageSize, $"PageSize must be between 1 and {MaxPageSize}, the page sizes Keygen serves, or null for {MaxPageSize}.");
        }

        if (pageNumber is < 1 or > MaxPageNumber)
        {
            throw new ArgumentOutOfRangeException("PageNumber", pageNumber,
                $"PageNumber must be between 1 and {MaxPageNumber}: Keygen serves no offset page past {MaxPageNumber}. Leave it null to page by cursor, which has no such limit.");
        }

        query.Add(new("page[size]", (pageSize ?? MaxPageSize).ToString(CultureInfo.InvariantCulture)));
        if (pageNumber is { } number)
        {
            query.Add(new("page[number]", number.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            query.Add(new("page[cursor]", string.Empty));
        }
    }

    /// <summary>Adds <paramref name="value"/> when it is set.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add(new(name, value));
        }
    }

    /// <summary>Adds <paramref name="value"/> when it is set.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, long? value)
    {
        if (value is { } number)
        {
            query.Add(new(name, number.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds <paramref name="value"/> when it is set.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, double? value)
    {
        if (value is { } number)
        {
            query.Add(new(name, number.ToString("R", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds <paramref name="value"/> as <c>true</c>/<c>false</c> when it is set.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, bool? value)
    {
        if (value is { } flag)
        {
            query.Add(new(name, flag ? "true" : "false"));
        }
    }

    /// <summary>Adds <paramref name="value"/> as ISO-8601 UTC when it is set.</summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            query.Add(new(name, KeygenJson.FormatDateTime(instant)));
        }
    }

    /// <summary>Adds an extensible enum's wire value when it is set.</summary>
    public static void Add<TEnum>(List<KeyValuePair<string, string>> query, string name, TEnum? value)
        where TEnum : struct, IKeygenEnum
    {
        if (value is { } member)
        {
            query.Add(new(name, member.Value));
        }
    }

    /// <summary>
    /// Adds each value under <paramref name="name"/>, which is the full wire name: the schema spells array parameters
    /// in the Rails form Keygen reads (<c>roles[]</c>, <c>bearer[role][]</c>), so nothing is appended here.
    /// </summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            query.Add(new(name, value));
        }
    }

    /// <summary>Adds each enum value under <paramref name="name"/>, the full wire name (e.g. <c>roles[]</c>).</summary>
    public static void Add<TEnum>(List<KeyValuePair<string, string>> query, string name, IEnumerable<TEnum>? values)
        where TEnum : struct, IKeygenEnum
    {
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            query.Add(new(name, value.Value));
        }
    }

    /// <summary>
    /// Adds each member of a filter object as <c>name[key]=value</c> (e.g. <c>metadata[tier]=pro</c>), the form
    /// Keygen's metadata filters read. Strings are sent bare; other values as their JSON text.
    /// </summary>
    public static void Add(List<KeyValuePair<string, string>> query, string name, JsonObject? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var (key, value) in members)
        {
            var text = value is null
                ? "null"
                : value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            query.Add(new($"{name}[{key}]", text));
        }
    }
}
