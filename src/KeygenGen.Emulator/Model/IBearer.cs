using System;

namespace Keygen.Emulator.Model;

/// <summary>Something a token (or a license key) authenticates as: a user, a product or a license.</summary>
internal interface IBearer
{
    Guid Id { get; }

    Role Role { get; }

    /// <summary>The JSON:API type of the bearer (<c>users</c>, <c>products</c>, <c>licenses</c>).</summary>
    string ResourceType { get; }
}
