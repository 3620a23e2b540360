using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class License : Entity, IBearer, IProductScoped, IGroupMember
{
    public License(Guid id, DateTimeOffset created, Policy policy, string key)
        : base(id, created)
    {
        Policy = policy;
        Key = key;
    }

    public Policy Policy { get; set; }

    public Product Product => Policy.Product;

    /// <summary>Set once on creation; signed keys need the license's other fields first.</summary>
    public string Key { get; set; }

    public string? Name { get; set; }

    public DateTimeOffset? Expiry { get; set; }

    public bool Suspended { get; set; }

    public int Uses { get; set; }

    public bool? ProtectedOverride { get; set; }

    public User? Owner { get; set; }

    public Group? Group { get; set; }

    public int? MaxMachinesOverride { get; set; }

    public int? MaxProcessesOverride { get; set; }

    public int? MaxUsersOverride { get; set; }

    public int? MaxCoresOverride { get; set; }

    public long? MaxMemoryOverride { get; set; }

    public long? MaxDiskOverride { get; set; }

    public int? MaxUsesOverride { get; set; }

    public DateTimeOffset? LastValidated { get; set; }

    public DateTimeOffset? LastCheckIn { get; set; }

    public DateTimeOffset? LastCheckOut { get; set; }

    public string? LastValidatedVersion { get; set; }

    public JsonObject Metadata { get; set; } = new();

    /// <summary>The license's machines, oldest first; maintained by machine activation and deactivation.</summary>
    public List<Machine> Machines { get; } = new();

    /// <summary>The users attached to the license besides its owner, oldest first.</summary>
    public List<LicenseUser> Licensees { get; } = new();

    /// <summary>Keygen's <c>license.users</c>: the owner, if any, and the attached users.</summary>
    public IEnumerable<User> Users => (Owner is null ? [] : new[] { Owner }).Concat(Licensees.Select(l => l.User));

    /// <summary>The processes of all the license's machines.</summary>
    public IEnumerable<MachineProcess> Processes => Machines.SelectMany(m => m.Processes);

    /// <summary>The entitlements attached to this license directly, oldest first.</summary>
    public List<LicenseEntitlement> AttachedEntitlements { get; } = new();

    /// <summary>Keygen's <c>license.entitlements</c>: the policy's and the license's own, each once.</summary>
    public IEnumerable<Entitlement> Entitlements =>
        Policy.AttachedEntitlements.Select(a => a.Entitlement).Concat(AttachedEntitlements.Select(a => a.Entitlement)).Distinct();

    public Role Role => Role.License;

    public System.Collections.Generic.IReadOnlySet<string>? Permissions { get; set; }

    public string ResourceType => "licenses";

    public bool Protected => ProtectedOverride ?? Policy.Protected;

    public int? MaxMachines => MaxMachinesOverride ?? Policy.MaxMachines;

    public int? MaxProcesses => MaxProcessesOverride ?? Policy.MaxProcesses;

    public int? MaxUsers => MaxUsersOverride ?? Policy.MaxUsers;

    public int? MaxCores => MaxCoresOverride ?? Policy.MaxCores;

    public long? MaxMemory => MaxMemoryOverride ?? Policy.MaxMemory;

    public long? MaxDisk => MaxDiskOverride ?? Policy.MaxDisk;

    public int? MaxUses => MaxUsesOverride ?? Policy.MaxUses;

    public bool Banned => Owner?.Banned ?? false;

    public int UsersCount => Users.Count();

    /// <summary>Whether <paramref name="user"/> owns the license or is attached to it.</summary>
    public bool HasUser(User user) => Owner == user || Licensees.Any(l => l.User == user);

    public bool IsExpired(DateTimeOffset now) => Expiry is { } expiry && expiry < now;

    public bool RequiresCheckIn => Policy.RequireCheckIn;

    /// <summary>When the next check-in is due; null unless the policy requires check-ins with an interval.</summary>
    public DateTimeOffset? NextCheckIn =>
        RequiresCheckIn && LastCheckIn is { } last && CheckInIntervals.Add(last, Policy.CheckInInterval, Policy.CheckInIntervalCount) is { } next
            ? next
            : null;

    public bool IsCheckInOverdue(DateTimeOffset now) => NextCheckIn is { } next && next < now;

    /// <summary>Keygen's computed <c>status</c> attribute.</summary>
    public string Status(DateTimeOffset now)
    {
        if (Banned)
        {
            return "BANNED";
        }

        if (Suspended)
        {
            return "SUSPENDED";
        }

        if (IsExpired(now))
        {
            return "EXPIRED";
        }

        if (Expiry is { } expiry && expiry < now.AddDays(3))
        {
            return "EXPIRING";
        }

        return IsActive(now) ? "ACTIVE" : "INACTIVE";
    }

    /// <summary>Keygen's <c>active?</c>: made, validated, checked out or checked in within the last 90 days.</summary>
    public bool IsActive(DateTimeOffset now)
    {
        var activeSince = now.AddDays(-90);
        return Created >= activeSince || LastValidated >= activeSince || LastCheckOut >= activeSince || LastCheckIn >= activeSince;
    }
}
