namespace Keygen.Licensing;

/// <summary>What a <see cref="KeygenHeartbeat"/> keeps alive.</summary>
public enum HeartbeatKind
{
    /// <summary>This machine (<c>POST /machines/{id}/actions/ping</c>).</summary>
    Machine,

    /// <summary>A process of this machine (<c>POST /processes/{id}/actions/ping</c>), counted against the license's process limit.</summary>
    Process,
}
