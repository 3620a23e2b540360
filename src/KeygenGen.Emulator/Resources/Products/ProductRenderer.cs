using System.Text.Json.Nodes;
using Keygen.Emulator.Auth.Permissions;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Products;

internal static class ProductRenderer
{
    public static JsonObject Render(Product product, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "products", product.Id);
        var builder = new ResourceBuilder("products", product.Id, self)
            .Attribute("name", product.Name)
            .Attribute("code", product.Code)
            .Attribute("distributionStrategy", product.DistributionStrategy)
            .Attribute("url", product.Url)
            .Attribute("platforms", JsonValues.Of(product.Platforms))
            .Permissions(context, () => BearerPermissions.Of(product, context.Account))
            .Attribute("metadata", product.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(product.Created))
            .Attribute("updated", JsonValues.Of(product.Updated))
            .Account(account);
        foreach (var related in new[] { "policies", "licenses", "machines", "users", "tokens", "platforms", "channels", "releases", "artifacts" })
        {
            builder.ToMany(related, self + "/" + related);
        }

        return builder.Build();
    }
}
