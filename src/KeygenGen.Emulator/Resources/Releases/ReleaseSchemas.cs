using System.Linq;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Releases;

/// <summary>The bodies the release endpoints accept; API 1.0 also takes the single artifact's file attributes on the release.</summary>
internal static class ReleaseSchemas
{
    public static readonly string[] Channels = ["stable", "rc", "beta", "alpha", "dev"];

    private static readonly Param Type = RequestSchema.TypeOf("release", "releases");

    /// <summary>A new constraint: <c>{ type: "constraints", relationships: { entitlement: { data: { type, id } } } }</c>.</summary>
    private static readonly Param NewConstraint = Param.Object(
        string.Empty,
        RequestSchema.TypeOf("constraint", "constraints"),
        Param.Object("relationships", RequestSchema.Relationship("entitlement", false, "entitlement", "entitlements")));

    private static readonly Param Constraints = Param.Object("constraints", Param.ArrayOf("data", NewConstraint));

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes",
        [
            Param.String("name").Optional().Nullable().Blankable(),
            Param.String("description").Optional().Nullable(),
            Param.String("channel").In(Channels),
            Param.String("status").In(Model.ReleaseStatuses.Draft, Model.ReleaseStatuses.Published).Optional(),
            Param.String("version"),
            Param.String("tag").Optional().Nullable().Blankable(),
            Param.Time("backdated").Optional().Nullable(),
            Param.FreeObject("metadata").Optional(),
            .. LegacyFileAttributes(),
        ]),
        Param.Object("relationships",
            RequestSchema.Relationship("product", false, "product", "products"),
            RequestSchema.Relationship("package", true, "package", "packages").Optional(),
            Constraints.Optional(),
            EnvironmentRelationship.Param()),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("name").Optional().Nullable().Blankable(),
            Param.String("description").Optional().Nullable().Blankable(),
            Param.String("tag").Optional().Nullable().Blankable(),
            Param.Time("backdated").Optional().Nullable(),
            Param.FreeObject("metadata").Optional(),
            Param.Integer("filesize").Optional().Nullable().When(IsLegacy),
            Param.String("signature").Optional().Nullable().Blankable().When(IsLegacy),
            Param.String("checksum").Optional().Nullable().Blankable().When(IsLegacy)),
    ]);

    /// <summary><c>POST /releases/{id}/constraints</c>: new constraints, each naming its entitlement.</summary>
    public static readonly RequestSchema AttachConstraints = new(Param.ArrayOf("data", NewConstraint).LengthBetween(1, 100));

    /// <summary><c>DELETE /releases/{id}/constraints</c>: the constraints' identifiers.</summary>
    public static readonly RequestSchema DetachConstraints = Attachments.Schema("constraint", "constraints");

    /// <summary><c>PATCH /releases/{id}/package</c>: a package identifier or null.</summary>
    public static readonly RequestSchema ChangePackage = RequestSchema.Linkage(true, "package", "packages");

    private static Param[] LegacyFileAttributes() =>
    [
        .. new[] { "filename", "filetype", "platform", "signature", "checksum" }.Select(name => Param.String(name).Optional().Blankable().When(IsLegacy)),
        Param.Integer("filesize").Optional().Nullable().When(IsLegacy),
    ];

    private static bool IsLegacy(Http.ApiRequest request) => request.ApiVersion == "1.0";
}
