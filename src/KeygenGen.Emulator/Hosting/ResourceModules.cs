using System.Collections.Generic;
using Keygen.Emulator.Resources.Accounts;
using Keygen.Emulator.Resources.Artifacts;
using Keygen.Emulator.Resources.Billing;
using Keygen.Emulator.Resources.Checkouts;
using Keygen.Emulator.Resources.Components;
using Keygen.Emulator.Resources.Engines;
using Keygen.Emulator.Resources.Entitlements;
using Keygen.Emulator.Resources.Environments;
using Keygen.Emulator.Resources.Groups;
using Keygen.Emulator.Resources.Heartbeats;
using Keygen.Emulator.Resources.Keys;
using Keygen.Emulator.Resources.Licenses;
using Keygen.Emulator.Resources.Logs;
using Keygen.Emulator.Resources.Machines;
using Keygen.Emulator.Resources.Packages;
using Keygen.Emulator.Resources.Passwords;
using Keygen.Emulator.Resources.Plans;
using Keygen.Emulator.Resources.Policies;
using Keygen.Emulator.Resources.Processes;
using Keygen.Emulator.Resources.Products;
using Keygen.Emulator.Resources.Profiles;
using Keygen.Emulator.Resources.ReleaseCatalog;
using Keygen.Emulator.Resources.Releases;
using Keygen.Emulator.Resources.Search;
using Keygen.Emulator.Resources.SecondFactors;
using Keygen.Emulator.Resources.Service;
using Keygen.Emulator.Resources.Settings;
using Keygen.Emulator.Resources.Tokens;
using Keygen.Emulator.Resources.Users;
using Keygen.Emulator.Resources.Webhooks;

namespace Keygen.Emulator.Hosting;

/// <summary>
/// Every <see cref="IResourceModule"/> of the emulator, listed by hand (not found by reflection) so that the emulator
/// stays trimmable and publishes as NativeAOT. Keep the list ordered by full type name; a test fails when a module
/// is missing or out of order.
/// </summary>
internal static class ResourceModules
{
    public static IEnumerable<IResourceModule> All() =>
    [
        new AccountModule(),
        new ArtifactModule(),
        new BillingModule(),
        new CheckoutModule(),
        new ComponentModule(),
        new TauriUpgradeModule(),
        new EntitlementModule(),
        new EnvironmentModule(),
        new GroupModule(),
        new HeartbeatModule(),
        new KeyModule(),
        new LicenseModule(),
        new EventLogModule(),
        new RequestLogModule(),
        new MachineModule(),
        new PackageModule(),
        new PasswordModule(),
        new PlanModule(),
        new PolicyModule(),
        new ProcessModule(),
        new ProductModule(),
        new ProfileModule(),
        new CatalogModule(),
        new ReleaseModule(),
        new SearchModule(),
        new SecondFactorModule(),
        new ServiceModule(),
        new SignupModule(),
        new SettingModule(),
        new TokenModule(),
        new UserModule(),
        new WebhookEndpointModule(),
        new WebhookEventModule(),
    ];
}
