using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Licenses;

/// <summary>
/// Keygen's <c>has_scope</c> filters of license lists, one definition each: <c>/licenses</c> takes them all, the license
/// lists of a policy and of a product take the subset their controllers declare.
/// </summary>
internal static partial class LicenseFilters
{
    public static IEnumerable<License> ByProduct(this IEnumerable<License> rows, ApiRequest request) =>
        rows.Filter(request, "product", (l, v) => QueryFilters.SameId(l.Product.Id, v));

    public static IEnumerable<License> ByPolicy(this IEnumerable<License> rows, ApiRequest request) =>
        rows.Filter(request, "policy", (l, v) => QueryFilters.SameId(l.Policy.Id, v));

    /// <summary>
    /// <c>user</c>: licenses the user, by id or email, owns or is attached to (Keygen's <c>for_user</c>). For a user bearer
    /// the filter is a no-op in Keygen: its policy scope is <c>for_user(bearer)</c> too, and both select <c>FROM</c> a
    /// subquery, so the scope's <c>from</c> replaces the filter's.
    /// </summary>
    public static IEnumerable<License> ByUser(this IEnumerable<License> rows, ApiRequest request) =>
        request.Caller.Is(Role.User) ? rows : rows.Filter(request, "user", (l, v) => l.Users.Any(u => IsUser(u, v)));

    /// <summary><c>owner</c>: licenses the user, by id or email, owns.</summary>
    public static IEnumerable<License> ByOwner(this IEnumerable<License> rows, ApiRequest request) =>
        rows.Filter(request, "owner", (l, v) => l.Owner is { } owner && IsUser(owner, v));

    public static IEnumerable<License> BySuspended(this IEnumerable<License> rows, ApiRequest request) =>
        rows.FilterFlag(request, "suspended", l => l.Suspended);

    /// <summary>
    /// <c>status</c>: ACTIVE and INACTIVE are the <c>active</c>/<c>inactive</c> activity scopes (any status otherwise),
    /// the rest the license's own state; an unknown status matches nothing.
    /// </summary>
    public static IEnumerable<License> ByStatus(this IEnumerable<License> rows, ApiRequest request)
    {
        var now = request.Now;
        var ninetyDaysAgo = now.AddDays(-90);
        return rows.Filter(request, "status", (l, v) => v.ToUpperInvariant() switch
        {
            "ACTIVE" => ActiveSince(l, ninetyDaysAgo),
            "INACTIVE" => InactiveSince(l, ninetyDaysAgo),
            "EXPIRED" => l.IsExpired(now),
            "EXPIRING" => l.Expiry > now && l.Expiry < now.AddDays(3),
            "SUSPENDED" => l.Suspended,
            "BANNED" => l.Banned,
            _ => false,
        });
    }

    /// <summary><c>assigned</c> (and its inverse <c>unassigned</c>): a license with an owner or any attached user.</summary>
    public static IEnumerable<License> ByAssignment(this IEnumerable<License> rows, ApiRequest request) => rows
        .FilterFlag(request, "assigned", l => l.Users.Any())
        .FilterFlag(request, "unassigned", l => !l.Users.Any());

    /// <summary><c>activations[eq|gt|gte|lt|lte]=n</c> on the machine count (the first operator given wins; none matches nothing).</summary>
    public static IEnumerable<License> ByActivations(this IEnumerable<License> rows, ApiRequest request)
    {
        if (request.Query.Get("activations") is not QueryHash filter)
        {
            return rows;
        }

        Func<int, bool>? test = FirstOf(filter, "eq", "gt", "gte", "lt", "lte") switch
        {
            ("eq", var n) => count => count == n,
            ("gt", var n) => count => count > n,
            ("gte", var n) => count => count >= n,
            ("lt", var n) => count => count < n,
            ("lte", var n) => count => count <= n,
            _ => null,
        };
        return test is null ? [] : rows.Where(l => test(l.Machines.Count));

        static (string, int)? FirstOf(QueryHash hash, params string[] operators) =>
            operators.Where(o => !string.IsNullOrEmpty(hash.Scalar(o))).Select(o => ((string, int)?)(o, RubyInteger(hash.Scalar(o)!))).FirstOrDefault();
    }

    /// <summary>
    /// <c>expires[within|in|before|after|on]</c>: licenses that have not expired yet and expire within the duration, before
    /// or after the time, or on the day (any expiry that day).
    /// </summary>
    public static IEnumerable<License> ByExpires(this IEnumerable<License> rows, ApiRequest request)
    {
        if (request.Query.Get("expires") is not QueryHash filter)
        {
            return rows;
        }

        var now = request.Now;
        return Window(filter, now, ago: false) switch
        {
            { OnDay: true, Range: var (from, to) } => rows.Where(l => l.Expiry >= from && l.Expiry <= to),
            { Range: var (from, to) } => rows.Where(l => l.Expiry >= now && l.Expiry >= from && l.Expiry <= to),
            _ => [],
        };
    }

    /// <summary>
    /// <c>expired=true|false</c>, or <c>expired[within|in|before|after|on]</c>: licenses already expired, and within the
    /// duration ago, before or after the time, or on the day.
    /// </summary>
    public static IEnumerable<License> ByExpired(this IEnumerable<License> rows, ApiRequest request)
    {
        var now = request.Now;
        if (request.Query.Get("expired") is not QueryHash filter)
        {
            return rows.FilterFlag(request, "expired", l => l.IsExpired(now));
        }

        return Window(filter, now, ago: true) switch
        {
            { Range: var (from, to) } => rows.Where(l => l.Expiry < now && l.Expiry >= from && l.Expiry <= to),
            _ => [],
        };
    }

    /// <summary>
    /// <c>activity[inside|outside|before|after]</c>: the <c>active</c> scope since the duration ago or the time
    /// (<c>inside</c>, <c>after</c>), or the <c>inactive</c> one (<c>outside</c>, <c>before</c>); no known operator matches nothing.
    /// </summary>
    public static IEnumerable<License> ByActivity(this IEnumerable<License> rows, ApiRequest request)
    {
        if (request.Query.Get("activity") is not QueryHash filter)
        {
            return rows;
        }

        var now = request.Now;
        var (since, active) = Present(filter, "inside") is { } inside ? (FilterTimes.Offset(inside, now, ago: true), true)
            : Present(filter, "outside") is { } outside ? (FilterTimes.Offset(outside, now, ago: true), false)
            : Present(filter, "before") is { } before ? (FilterTimes.Time(before), false)
            : Present(filter, "after") is { } after ? (FilterTimes.Time(after), true)
            : (null, false);
        return since is not { } start ? [] : rows.Where(l => active ? ActiveSince(l, start) : InactiveSince(l, start));
    }

    /// <summary>Keygen's <c>active</c> scope: an unbanned owner, and made, validated, checked out or in since <paramref name="start"/>.</summary>
    private static bool ActiveSince(License license, DateTimeOffset start) => !license.Banned &&
        (license.Created >= start || license.LastValidated >= start || license.LastCheckOut >= start || license.LastCheckIn >= start);

    private static bool InactiveSince(License license, DateTimeOffset start) => !license.Banned &&
        license.Created < start && !(license.LastValidated >= start) && !(license.LastCheckOut >= start) && !(license.LastCheckIn >= start);

    /// <summary>
    /// The expiry window an <c>expires</c>/<c>expired</c> operator names (a duration counts from now, ahead or
    /// <paramref name="ago"/>); <c>OnDay</c> for <c>on</c>; no window when the value does not parse.
    /// </summary>
    private static (bool OnDay, (DateTimeOffset From, DateTimeOffset To)? Range) Window(QueryHash filter, DateTimeOffset now, bool ago)
    {
        if ((Present(filter, "within") ?? Present(filter, "in")) is { } duration)
        {
            var edge = FilterTimes.Offset(duration, now, ago);
            return (false, edge is null ? null : ago ? (edge.Value, DateTimeOffset.MaxValue) : (DateTimeOffset.MinValue, edge.Value));
        }

        if (Present(filter, "before") is { } before)
        {
            return (false, FilterTimes.Time(before) is { } time ? (DateTimeOffset.MinValue, time) : null);
        }

        if (Present(filter, "after") is { } after)
        {
            return (false, FilterTimes.Time(after) is { } time ? (time, DateTimeOffset.MaxValue) : null);
        }

        return (true, Present(filter, "on") is { } on ? FilterTimes.Day(on) : null);
    }

    /// <summary>An operator's value when given and not blank (Ruby's <c>present?</c>).</summary>
    private static string? Present(QueryHash filter, string name) => filter.Scalar(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Ruby's <c>String#to_i</c>: the leading integer, 0 when there is none.</summary>
    private static int RubyInteger(string value)
    {
        var digits = DigitsPrefix().Match(value.TrimStart());
        return digits.Success && int.TryParse(digits.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    [GeneratedRegex("^[-+]?[0-9]+")]
    private static partial Regex DigitsPrefix();

    private static bool IsUser(User user, string idOrEmail) =>
        QueryFilters.SameId(user.Id, idOrEmail) || string.Equals(user.Email, idOrEmail, StringComparison.OrdinalIgnoreCase);
}
