using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>A Keygen Cloud plan: a price per interval and the account limits it grants.</summary>
internal sealed class Plan : Entity
{
    /// <summary>Account-wide: Keygen keeps this type outside environments.</summary>
    public override bool IsEnvironmentScoped => false;

    public Plan(Guid id, DateTimeOffset created, string name)
        : base(id, created)
    {
        Name = name;
    }

    public string Name { get; }

    public int Price { get; init; }

    public string Interval { get; init; } = "month";

    /// <summary>Seconds of free trial a sign-up on this plan gets; zero for none.</summary>
    public int TrialDuration { get; init; }

    public int? MaxReqs { get; init; }

    public int? MaxAdmins { get; init; }

    public int? MaxUsers { get; init; }

    public int? MaxPolicies { get; init; }

    public int? MaxLicenses { get; init; }

    public int? MaxProducts { get; init; }

    public long? MaxStorage { get; init; }

    public long? MaxTransfer { get; init; }

    public long? MaxUpload { get; init; }

    public int RequestLogRetentionDuration { get; init; }

    public int EventLogRetentionDuration { get; init; }

    /// <summary>Private plans are left out of <c>GET /v1/plans</c> but may still be read by id.</summary>
    public bool Private { get; init; }
}
