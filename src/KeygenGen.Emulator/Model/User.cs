using System;
using System.Text.Json.Nodes;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

internal sealed class User : Entity, IBearer, IGroupMember
{
    public User(Guid id, DateTimeOffset created, string email)
        : base(id, created)
    {
        Email = email;
    }

    public string Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public Role Role { get; set; } = Role.User;

    public PasswordHash? Password { get; set; }

    public DateTimeOffset? BannedAt { get; set; }

    /// <summary>SHA-256 of the outstanding password reset token, if one was requested.</summary>
    public string? PasswordResetDigest { get; set; }

    public DateTimeOffset? PasswordResetSentAt { get; set; }

    public JsonObject Metadata { get; set; } = new();

    public Group? Group { get; set; }

    public string ResourceType => "users";

    public System.Collections.Generic.IReadOnlySet<string>? Permissions { get; set; }

    public bool Banned => BannedAt is not null;

    public string? FullName => FirstName is null || LastName is null ? null : FirstName + " " + LastName;
}
