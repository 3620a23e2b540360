using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Packages;

/// <summary>The bodies <c>POST /packages</c> and <c>PATCH /packages/{id}</c> accept.</summary>
internal static class PackageSchemas
{
    public static readonly string[] Engines = ["pypi", "tauri", "raw", "rubygems", "npm", "oci"];

    private static readonly Param Type = RequestSchema.TypeOf("package", "packages");

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes",
            Param.String("name"),
            Param.String("key"),
            Param.String("engine").In(Engines).Optional().Nullable(),
            Param.FreeObject("metadata").Optional()),
        Param.Object("relationships", RequestSchema.Relationship("product", false, "product", "products")),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("name").Optional(),
            Param.String("key").Optional(),
            Param.String("engine").In(Engines).Optional().Nullable(),
            Param.FreeObject("metadata").Optional()),
    ]);
}
