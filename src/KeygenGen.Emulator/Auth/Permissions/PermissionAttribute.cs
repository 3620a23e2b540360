using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;

namespace Keygen.Emulator.Auth.Permissions;

/// <summary>The <c>permissions</c> attribute of users, licenses, products and tokens: Keygen EE shows it, sorted; CE does not.</summary>
internal static class PermissionAttribute
{
    public static ResourceBuilder Permissions(this ResourceBuilder builder, RenderContext context, Func<IReadOnlySet<string>> held) =>
        context.Account.IsEnterprise
            ? builder.Attribute("permissions", new JsonArray(held().Order(StringComparer.Ordinal).Select(a => (JsonNode?)a).ToArray()))
            : builder;
}
