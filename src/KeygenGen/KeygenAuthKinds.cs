using System;

namespace Keygen;

/// <summary>The kinds of credentials an operation accepts. Generated clients declare them per operation.</summary>
[Flags]
public enum KeygenAuthKinds
{
    /// <summary>The operation may be called without credentials (e.g. <c>validate-key</c>).</summary>
    None = 1,

    /// <summary>A bearer token: <c>Authorization: Bearer …</c> (<see cref="KeygenClientOptions.Token"/>).</summary>
    Token = 2,

    /// <summary>A license key: <c>Authorization: License …</c> (<see cref="KeygenClientOptions.LicenseKey"/>).</summary>
    License = 4,

    /// <summary>An email and password: <c>Authorization: Basic …</c>, only for creating tokens.</summary>
    Basic = 8,
}
