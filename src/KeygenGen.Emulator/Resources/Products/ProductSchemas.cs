using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Products;

/// <summary>The bodies <c>POST /products</c> and <c>PATCH /products/{id}</c> accept.</summary>
internal static class ProductSchemas
{
    private static readonly Param Type = RequestSchema.TypeOf("product", "products");

    private static readonly Param Permissions = Auth.Permissions.PermissionInput.Param(Model.Role.Admin, Model.Role.Developer, Model.Role.Environment);

    public static readonly RequestSchema Create = RequestSchema.Resource(Type,
    [
        Param.Object("attributes",
            Param.String("name"),
            Param.String("code").Optional(),
            Param.String("distributionStrategy").Optional(),
            Param.String("url").Optional(),
            Param.FreeObject("metadata").Optional(),
            Param.StringArray("platforms").Optional().Nullable(),
            Permissions),
        Param.Object("relationships").Optional(),
    ]);

    public static readonly RequestSchema Update = RequestSchema.Resource(Type,
    [
        Param.String("id").Optional(),
        Param.Object("attributes",
            Param.String("name").Optional(),
            Param.String("code").Optional(),
            Param.String("distributionStrategy").Optional().Nullable(),
            Param.String("url").Optional().Nullable(),
            Param.FreeObject("metadata").Optional(),
            Param.StringArray("platforms").Optional().Nullable(),
            Permissions),
    ]);
}
