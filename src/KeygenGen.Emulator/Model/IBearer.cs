using System;

namespace Keygen.Emulator.Model;

/// <summary>Something a token (or a license key) authenticates as: a user, a product, a license or an environment.</summary>
internal interface IBearer
{
    Guid Id { get; }

    Role Role { get; }

    /// <summary>The JSON:API type of the bearer (<c>users</c>, <c>products</c>, <c>licenses</c>, <c>environments</c>).</summary>
    string ResourceType { get; }
}
