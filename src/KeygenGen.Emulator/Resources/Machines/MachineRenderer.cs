using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Machines;

internal static class MachineRenderer
{
    public static JsonObject Render(Machine machine, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "machines", machine.Id);
        return new ResourceBuilder("machines", machine.Id, self)
            .Attribute("fingerprint", machine.Fingerprint)
            .Attribute("cores", JsonValues.Of(machine.Cores))
            .Attribute("memory", JsonValues.Of(machine.Memory))
            .Attribute("disk", JsonValues.Of(machine.Disk))
            .Attribute("ip", machine.Ip)
            .Attribute("hostname", machine.Hostname)
            .Attribute("platform", machine.Platform)
            .Attribute("name", machine.Name)
            .Attribute("requireHeartbeat", machine.RequiresHeartbeat)
            .Attribute("heartbeatStatus", machine.HeartbeatStatus(context.Now))
            .Attribute("heartbeatDuration", machine.HeartbeatDuration)
            .Attribute("maxProcesses", JsonValues.Of(machine.License.MaxProcesses))
            .Attribute("lastCheckOut", JsonValues.Of(machine.LastCheckOut))
            .Attribute("lastHeartbeat", JsonValues.Of(machine.LastHeartbeat))
            .Attribute("nextHeartbeat", JsonValues.Of(machine.NextHeartbeat))
            .Attribute("metadata", machine.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(machine.Created))
            .Attribute("updated", JsonValues.Of(machine.Updated))
            .Account(account)
            .ToOne("product", "products", machine.Product.Id, self + "/product")
            .ToOne("group", "groups", machine.Group?.Id, self + "/group")
            .ToOne("license", "licenses", machine.License.Id, self + "/license")
            .ToOne("owner", "users", machine.Owner?.Id, self + "/owner")
            .ToMany("components", self + "/components")
            .ToMany("processes", self + "/processes")
            .Build();
    }
}
