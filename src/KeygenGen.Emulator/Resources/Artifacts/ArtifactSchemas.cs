using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Resources.Common;

namespace Keygen.Emulator.Resources.Artifacts;

/// <summary>The bodies <c>POST /artifacts</c> and <c>PATCH /artifacts/{id}</c> accept.</summary>
internal static class ArtifactSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("artifact", "artifacts");

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes",
            Param.String("filename"),
            Param.Integer("filesize").Optional().Nullable(),
            Param.String("filetype").Optional().Nullable().Blankable(),
            Param.String("platform").Optional().Nullable().Blankable(),
            Param.String("arch").Optional().Nullable().Blankable(),
            Param.String("signature").Optional().Nullable().Blankable(),
            Param.String("checksum").Optional().Nullable().Blankable(),
            Param.FreeObject("metadata").Optional()),
        Param.Object("relationships", RequestSchema.Relationship("release", false, "release", "releases"), EnvironmentRelationship.Param()),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.Integer("filesize").Optional().Nullable(),
            Param.String("signature").Optional().Nullable().Blankable(),
            Param.String("checksum").Optional().Nullable().Blankable(),
            Param.FreeObject("metadata").Optional()),
    ]);
}
