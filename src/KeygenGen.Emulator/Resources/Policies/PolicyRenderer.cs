using System.Text.Json.Nodes;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Policies;

internal static class PolicyRenderer
{
    public static JsonObject Render(Policy policy, RenderContext context)
    {
        var account = context.AccountId;
        var self = Links.Resource(account, "policies", policy.Id);
        return new ResourceBuilder("policies", policy.Id, self)
            .Attribute("name", policy.Name)
            .Attribute("duration", JsonValues.Of(policy.Duration))
            .Attribute("strict", policy.Strict)
            .Attribute("floating", policy.Floating)
            .Attribute("usePool", policy.UsePool)
            .Attribute("maxMachines", JsonValues.Of(policy.MaxMachines))
            .Attribute("maxProcesses", JsonValues.Of(policy.MaxProcesses))
            .Attribute("maxUsers", JsonValues.Of(policy.MaxUsers))
            .Attribute("maxCores", JsonValues.Of(policy.MaxCores))
            .Attribute("maxMemory", JsonValues.Of(policy.MaxMemory))
            .Attribute("maxDisk", JsonValues.Of(policy.MaxDisk))
            .Attribute("maxUses", JsonValues.Of(policy.MaxUses))
            .Attribute("machineUniquenessStrategy", policy.MachineUniquenessStrategy)
            .Attribute("machineMatchingStrategy", policy.MachineMatchingStrategy)
            .Attribute("componentUniquenessStrategy", policy.ComponentUniquenessStrategy)
            .Attribute("componentMatchingStrategy", policy.ComponentMatchingStrategy)
            .Attribute("expirationStrategy", policy.ExpirationStrategy)
            .Attribute("expirationBasis", policy.ExpirationBasis)
            .Attribute("renewalBasis", policy.RenewalBasis)
            .Attribute("transferStrategy", policy.TransferStrategy)
            .Attribute("authenticationStrategy", policy.AuthenticationStrategy)
            .Attribute("machineLeasingStrategy", policy.MachineLeasingStrategy)
            .Attribute("processLeasingStrategy", policy.ProcessLeasingStrategy)
            .Attribute("overageStrategy", policy.OverageStrategy)
            .Attribute("scheme", policy.Scheme)
            .Attribute("encrypted", policy.Encrypted)
            .Attribute("protected", policy.Protected)
            .Attribute("requireProductScope", policy.RequireProductScope)
            .Attribute("requirePolicyScope", policy.RequirePolicyScope)
            .Attribute("requireMachineScope", policy.RequireMachineScope)
            .Attribute("requireFingerprintScope", policy.RequireFingerprintScope)
            .Attribute("requireComponentsScope", policy.RequireComponentsScope)
            .Attribute("requireUserScope", policy.RequireUserScope)
            .Attribute("requireChecksumScope", policy.RequireChecksumScope)
            .Attribute("requireVersionScope", policy.RequireVersionScope)
            .Attribute("requireCheckIn", policy.RequireCheckIn)
            .Attribute("checkInInterval", policy.CheckInInterval)
            .Attribute("checkInIntervalCount", JsonValues.Of(policy.CheckInIntervalCount))
            .Attribute("heartbeatDuration", JsonValues.Of(policy.HeartbeatDuration))
            .Attribute("heartbeatCullStrategy", policy.HeartbeatCullStrategy)
            .Attribute("heartbeatResurrectionStrategy", policy.HeartbeatResurrectionStrategy)
            .Attribute("heartbeatBasis", policy.HeartbeatBasis)
            .Attribute("requireHeartbeat", policy.RequireHeartbeat)
            .Attribute("metadata", policy.Metadata.DeepClone())
            .Attribute("created", JsonValues.Of(policy.Created))
            .Attribute("updated", JsonValues.Of(policy.Updated))
            .Account(account)
            .ToOne("product", "products", policy.Product.Id, self + "/product")
            .ToMany("pool", self + "/pool")
            .ToMany("licenses", self + "/licenses")
            .ToMany("entitlements", self + "/entitlements")
            .Build();
    }
}
