using System;
using System.Collections.Generic;

namespace Keygen.Emulator.Model;

/// <summary>Something a token (or a license key) authenticates as: a user, a product, a license or an environment.</summary>
internal interface IBearer
{
    Guid Id { get; }

    Role Role { get; }

    /// <summary>The JSON:API type of the bearer (<c>users</c>, <c>products</c>, <c>licenses</c>, <c>environments</c>).</summary>
    string ResourceType { get; }

    /// <summary>
    /// The permission actions given to it (EE), <c>*</c> for all it may hold; null until given, when it holds its role's
    /// defaults (see <see cref="Auth.Permissions.BearerPermissions"/>).
    /// </summary>
    IReadOnlySet<string>? Permissions { get; set; }
}
