namespace Keygen.Tests.Operations.Wire;

/// <summary>The kind of <c>Authorization</c> header a call must carry, with the credentials the test clients use.</summary>
public enum ExpectedAuth
{
    /// <summary><c>Bearer</c> with the configured token.</summary>
    Bearer,

    /// <summary><c>License</c> with the configured license key.</summary>
    License,

    /// <summary><c>Basic</c> with the sentinel email and password.</summary>
    Basic,

    /// <summary>No <c>Authorization</c> header at all.</summary>
    None,
}
