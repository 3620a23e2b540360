using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Components;

internal static class ComponentRenderer
{
    public static JsonObject Render(MachineComponent component, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "components", component.Id);
        return new ResourceBuilder("components", component.Id, self)
            .Attribute("fingerprint", component.Fingerprint)
            .Attribute("name", component.Name)
            .Attribute("created", JsonValues.Of(component.Created))
            .Attribute("updated", JsonValues.Of(component.Updated))
            .Attribute("metadata", component.Metadata.DeepClone())
            .Account(account)
            .ToOne("product", "products", component.Product.Id, self + "/product")
            .ToOne("license", "licenses", component.License.Id, self + "/license")
            .ToOne("machine", "machines", component.Machine.Id, self + "/machine")
            .Build();
    }
}
