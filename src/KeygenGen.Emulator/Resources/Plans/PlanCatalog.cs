using System;
using System.Collections.Generic;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Plans;

/// <summary>
/// The Keygen Cloud plans every emulator starts with (shared by its accounts, like Keygen's plans table): a free
/// plan new standalone accounts are on, two paid ones with a trial, and a private enterprise plan read only by id.
/// Seeding may add plans or remove these (<see cref="State.EmulatorStore"/>).
/// </summary>
internal static class PlanCatalog
{
    private static readonly DateTimeOffset Published = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int Day = 86_400;

    private const long GiB = 1L << 30;

    public static readonly Plan Dev = new(Guid.Parse("0c62a7a4-5f4c-4a57-9a0b-6f6b0a1d0001"), Published, "Dev")
    {
        Price = 0, MaxReqs = 5_000, MaxAdmins = 1, MaxUsers = 100, MaxPolicies = 5, MaxLicenses = 100, MaxProducts = 1,
        MaxStorage = GiB, MaxTransfer = 5 * GiB, MaxUpload = GiB,
        RequestLogRetentionDuration = Day, EventLogRetentionDuration = Day,
    };

    public static readonly Plan Standard = new(Guid.Parse("0c62a7a4-5f4c-4a57-9a0b-6f6b0a1d0002"), Published.AddSeconds(1), "Std 1")
    {
        Price = 4_900, TrialDuration = 14 * Day, MaxReqs = 25_000, MaxAdmins = 5, MaxUsers = 1_000, MaxPolicies = 25,
        MaxLicenses = 1_000, MaxProducts = 5, MaxStorage = 25 * GiB, MaxTransfer = 250 * GiB, MaxUpload = 5 * GiB,
        RequestLogRetentionDuration = 30 * Day, EventLogRetentionDuration = 30 * Day,
    };

    public static readonly Plan StandardYearly = new(Guid.Parse("0c62a7a4-5f4c-4a57-9a0b-6f6b0a1d0003"), Published.AddSeconds(2), "Std 1 (yearly)")
    {
        Price = 49_000, Interval = "year", TrialDuration = 14 * Day, MaxReqs = 25_000, MaxAdmins = 5, MaxUsers = 1_000,
        MaxPolicies = 25, MaxLicenses = 1_000, MaxProducts = 5, MaxStorage = 25 * GiB, MaxTransfer = 250 * GiB, MaxUpload = 5 * GiB,
        RequestLogRetentionDuration = 30 * Day, EventLogRetentionDuration = 30 * Day,
    };

    public static readonly Plan Enterprise = new(Guid.Parse("0c62a7a4-5f4c-4a57-9a0b-6f6b0a1d0004"), Published.AddSeconds(3), "Ent 1")
    {
        Price = 99_900, Private = true, RequestLogRetentionDuration = 365 * Day, EventLogRetentionDuration = 365 * Day,
    };

    public static IReadOnlyList<Plan> All { get; } = [Dev, Standard, StandardYearly, Enterprise];
}
