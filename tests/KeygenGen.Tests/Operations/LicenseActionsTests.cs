using System;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// The license actions that take no input and answer with the license: suspend, reinstate, renew, check-in
/// (suspendLicense, reinstateLicense, renewLicense, checkinLicense).
/// </summary>
public sealed class LicenseActionsTests : OperationTest
{
    public static TheoryData<string, Func<KeygenClient, Task<License>>, string> Actions => new()
    {
        { "licenses.suspend", k => k.Licenses.SuspendAsync(LicenseDocuments.Id), "suspend" },
        { "licenses.reinstate", k => k.Licenses.ReinstateAsync(LicenseDocuments.Id), "reinstate" },
        { "licenses.renew", k => k.Licenses.RenewAsync(LicenseDocuments.Id), "renew" },
        { "licenses.checkIn", k => k.Licenses.CheckInAsync(LicenseDocuments.Id), "check-in" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Action_posts_without_a_body_and_reads_the_license(string operation, Func<KeygenClient, Task<License>> call, string action)
    {
        Reply(200, LicenseDocuments.Document());

        await CallOnceAsync(operation, async k => LicenseDocuments.AssertMapped(await call(k)));

        Expect("POST", $"{Acme}/licenses/{LicenseDocuments.Id}/actions/{action}");
    }
}
