using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Keygen.Emulator.Auth;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>What request and event logs share: who may read them, and the <c>date[…]</c> and <c>{subject}[type|id]</c> filters.</summary>
internal static class LogFilters
{
    /// <summary>Admins, developers and read-only users (Keygen adds environments, which the emulator does not authenticate as).</summary>
    public static void RequireReader(ApiRequest request) =>
        Access.Require(request, request.Caller.Is(Role.Admin, Role.Developer, Role.ReadOnly));

    /// <summary><c>?date[start]=YYYY-MM-DD&amp;date[end]=YYYY-MM-DD</c>, both days inclusive (UTC).</summary>
    public static IEnumerable<T> FilterDates<T>(this IEnumerable<T> rows, ApiRequest request)
        where T : Entity
    {
        var range = request.Query.Get("date") as QueryHash;
        var start = Day(request, range?.Scalar("start"), "date[start]");
        var end = Day(request, range?.Scalar("end"), "date[end]");
        return rows.Where(r => (start is null || r.Created.UtcDateTime.Date >= start) && (end is null || r.Created.UtcDateTime.Date <= end));
    }

    /// <summary><c>?name[type]=…&amp;name[id]=…</c> on a polymorphic subject (the type singular or plural).</summary>
    public static IEnumerable<T> FilterSubject<T>(this IEnumerable<T> rows, ApiRequest request, string name, Func<T, LogSubject?> subject)
    {
        if (request.Query.Get(name) is not QueryHash filter)
        {
            return rows;
        }

        var type = filter.Scalar("type");
        var id = filter.Scalar("id");
        return rows.Where(r => subject(r) is { } s
            && (type is null || s.Type.StartsWith(type.ToLowerInvariant(), StringComparison.Ordinal))
            && (id is null || Common.QueryFilters.SameId(s.Id, id)));
    }

    private static DateTime? Day(ApiRequest request, string? value, string parameter)
    {
        if (value is null)
        {
            return null;
        }

        return DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Errors.BadRequest("date must be formatted as YYYY-MM-DD", ErrorSource.Parameter(parameter));
    }
}
