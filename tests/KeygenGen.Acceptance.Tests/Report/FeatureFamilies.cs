using System;
using System.Collections.Generic;
using System.Linq;

namespace Keygen.Acceptance.Report;

/// <summary>The areas the report groups features into, so fixing work can be handed out by area.</summary>
internal static class FeatureFamilies
{
    /// <summary>Each family and the top folders of <c>features/api/v1</c> it takes; the last takes the rest.</summary>
    public static readonly IReadOnlyList<(string Family, string[] Folders)> All =
    [
        ("licenses", ["licenses"]),
        ("machines", ["machines", "components", "processes"]),
        ("policies", ["policies", "keys"]),
        ("products", ["products"]),
        ("users", ["users", "passwords", "profiles"]),
        ("tokens", ["tokens"]),
        ("releases/artifacts", ["releases", "artifacts", "packages", "engines", "channels", "platforms", "arches"]),
        ("accounts/environments", ["accounts", "environments", "plans", "request_limits"]),
        ("the rest", []),
    ];

    public static string Of(string feature)
    {
        var parts = feature.Split('/');
        var folder = parts.Length > 3 ? parts[3] : string.Empty;
        return All.FirstOrDefault(f => f.Folders.Contains(folder, StringComparer.Ordinal)).Family ?? "the rest";
    }
}
