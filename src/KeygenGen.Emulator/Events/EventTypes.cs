using System.Collections.Generic;

namespace Keygen.Emulator.Events;

/// <summary>Every webhook event type Keygen emits; a webhook endpoint may only subscribe to these (or <c>*</c>).</summary>
internal static class EventTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "account.updated", "account.billing.updated", "account.plan.updated",
        "account.subscription.paused", "account.subscription.resumed", "account.subscription.canceled", "account.subscription.renewed",
        "account.settings.created", "account.settings.updated", "account.settings.deleted",
        "artifact.created", "artifact.updated", "artifact.deleted", "artifact.downloaded", "artifact.uploaded",
        "artifact.upload.processing", "artifact.upload.succeeded", "artifact.upload.failed",
        "component.created", "component.updated", "component.deleted",
        "entitlement.created", "entitlement.updated", "entitlement.deleted",
        "environment.created", "environment.updated", "environment.deleted",
        "group.created", "group.updated", "group.deleted", "group.owners.attached", "group.owners.detached",
        "key.created", "key.updated", "key.deleted",
        "license.created", "license.updated", "license.deleted", "license.renewed", "license.revoked", "license.suspended", "license.reinstated",
        "license.checked-in", "license.checked-out",
        "license.expiring-soon", "license.expired", "license.check-in-required-soon", "license.check-in-overdue",
        "license.validation.succeeded", "license.validation.failed",
        "license.usage.incremented", "license.usage.decremented", "license.usage.reset",
        "license.entitlements.attached", "license.entitlements.detached", "license.users.attached", "license.users.detached",
        "license.group.updated", "license.owner.updated", "license.policy.updated", "license.user.updated",
        "machine.created", "machine.updated", "machine.deleted", "machine.checked-out",
        "machine.heartbeat.ping", "machine.heartbeat.pong", "machine.heartbeat.dead", "machine.heartbeat.reset", "machine.heartbeat.resurrected",
        "machine.group.updated", "machine.owner.updated", "machine.proofs.generated",
        "package.created", "package.updated", "package.deleted",
        "policy.created", "policy.updated", "policy.deleted", "policy.entitlements.attached", "policy.entitlements.detached", "policy.pool.popped",
        "process.created", "process.updated", "process.deleted",
        "process.heartbeat.ping", "process.heartbeat.pong", "process.heartbeat.dead", "process.heartbeat.resurrected",
        "product.created", "product.updated", "product.deleted",
        "release.created", "release.updated", "release.deleted", "release.published", "release.yanked",
        "release.upgraded", "release.downloaded", "release.uploaded",
        "release.constraints.attached", "release.constraints.detached", "release.package.updated",
        "second-factor.created", "second-factor.enabled", "second-factor.disabled", "second-factor.deleted",
        "token.generated", "token.regenerated", "token.revoked",
        "user.created", "user.updated", "user.deleted", "user.banned", "user.unbanned", "user.password-reset", "user.group.updated",
    };
}
