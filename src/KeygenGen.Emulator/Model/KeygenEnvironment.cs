using System;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Model;

/// <summary>An environment of the account (sandbox, staging, …); its tokens authenticate as the environment itself.</summary>
internal sealed class KeygenEnvironment : Entity, IBearer
{
    /// <summary>Account-wide: Keygen keeps this type outside environments.</summary>
    public override bool IsEnvironmentScoped => false;

    public KeygenEnvironment(Guid id, DateTimeOffset created, string name, string code, string isolationStrategy)
        : base(id, created)
    {
        Name = name;
        Code = code;
        IsolationStrategy = isolationStrategy;
    }

    public string Name { get; set; }

    public string Code { get; set; }

    /// <summary><c>ISOLATED</c> or <c>SHARED</c>; fixed at creation.</summary>
    public string IsolationStrategy { get; }

    public Role Role => Role.Environment;

    public string ResourceType => "environments";

    public System.Collections.Generic.IReadOnlySet<string>? Permissions { get; set; }
}
