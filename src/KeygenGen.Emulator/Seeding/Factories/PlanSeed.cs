using System;
using System.Collections.Generic;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Seeding.Factories;

/// <summary>
/// Keygen's <c>:plan</c> factory: "Ent 1" with a random price and limits between 50 and 5,000, 1 TB of storage; and
/// the attributes a test may give or change later (a plan's limits, say, to reach one).
/// </summary>
internal static class PlanSeed
{
    private const long GiB = 1L << 30;

    private static readonly Dictionary<string, Action<Plan, SeedValue>> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = (p, v) => p.Name = v.RequiredString(),
        ["price"] = (p, v) => p.Price = v.Int() ?? 0,
        ["interval"] = (p, v) => p.Interval = v.RequiredString(),
        ["trialDuration"] = (p, v) => p.TrialDuration = v.Int() ?? 0,
        ["private"] = (p, v) => p.Private = v.Bool() == true,
        ["maxAdmins"] = (p, v) => p.MaxAdmins = v.Int(),
        ["maxUsers"] = (p, v) => p.MaxUsers = v.Int(),
        ["maxPolicies"] = (p, v) => p.MaxPolicies = v.Int(),
        ["maxLicenses"] = (p, v) => p.MaxLicenses = v.Int(),
        ["maxProducts"] = (p, v) => p.MaxProducts = v.Int(),
        ["maxReqs"] = (p, v) => p.MaxReqs = v.Int(),
        ["maxStorage"] = (p, v) => p.MaxStorage = v.Long(),
        ["maxTransfer"] = (p, v) => p.MaxTransfer = v.Long(),
        ["maxUpload"] = (p, v) => p.MaxUpload = v.Long(),
        ["requestLogRetentionDuration"] = (p, v) => p.RequestLogRetentionDuration = v.Int() ?? 0,
        ["eventLogRetentionDuration"] = (p, v) => p.EventLogRetentionDuration = v.Int() ?? 0,
        ["createdAt"] = (p, v) => p.Created = v.Time() ?? p.Created,
    };

    public static Plan Create(SeedValues values, DateTimeOffset now)
    {
        var id = values.TakeIfPresent("id")?.String() is { } given ? Guid.Parse(given) : Guid.NewGuid();
        var plan = new Plan(id, now, "Ent 1")
        {
            Price = Random.Shared.Next(1000, 10000),
            MaxAdmins = Limit(),
            MaxUsers = Limit(),
            MaxPolicies = Limit(),
            MaxLicenses = Limit(),
            MaxProducts = Limit(),
            MaxReqs = Limit(),
            MaxStorage = 1024 * GiB,
            MaxTransfer = 50 * GiB,
            MaxUpload = GiB,
        };
        Assign(plan, values);
        return plan;
    }

    /// <summary>Assigns the values to the plan; an attribute plans do not have is an error naming it.</summary>
    public static void Assign(Plan plan, SeedValues values)
    {
        foreach (var value in values.Remaining())
        {
            var set = Columns.GetValueOrDefault(SeedValues.Normalize(value.Name))
                ?? throw new ArgumentException($"Seeding plans: unknown attribute '{value.Name}'. Known: {string.Join(", ", Columns.Keys)}.");
            set(plan, value);
        }
    }

    private static int Limit() => Random.Shared.Next(50, 5001);
}
