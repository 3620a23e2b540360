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

    public string Name { get; set; }

    public int Price { get; set; }

    public string Interval { get; set; } = "month";

    /// <summary>Seconds of free trial a sign-up on this plan gets; zero for none.</summary>
    public int TrialDuration { get; set; }

    public int? MaxReqs { get; set; }

    public int? MaxAdmins { get; set; }

    public int? MaxUsers { get; set; }

    public int? MaxPolicies { get; set; }

    public int? MaxLicenses { get; set; }

    public int? MaxProducts { get; set; }

    public long? MaxStorage { get; set; }

    public long? MaxTransfer { get; set; }

    public long? MaxUpload { get; set; }

    public int RequestLogRetentionDuration { get; set; }

    public int EventLogRetentionDuration { get; set; }

    /// <summary>Private plans are left out of <c>GET /v1/plans</c> but may still be read by id.</summary>
    public bool Private { get; set; }
}
