using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Processes;

internal static class ProcessRenderer
{
    public static JsonObject Render(MachineProcess process, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "processes", process.Id);
        return new ResourceBuilder("processes", process.Id, self)
            .Attribute("lastHeartbeat", JsonValues.Of(process.LastHeartbeat))
            .Attribute("nextHeartbeat", JsonValues.Of(process.NextHeartbeat))
            .Attribute("interval", process.Interval)
            .Attribute("status", process.Status(context.Now))
            .Attribute("pid", process.Pid)
            .Attribute("created", JsonValues.Of(process.Created))
            .Attribute("updated", JsonValues.Of(process.Updated))
            .Attribute("metadata", process.Metadata.DeepClone())
            .Account(account)
            .ToOne("product", "products", process.Product.Id, self + "/product")
            .ToOne("license", "licenses", process.License.Id, self + "/license")
            .ToOne("machine", "machines", process.Machine.Id, self + "/machine")
            .Build();
    }
}
