using System;
using System.Threading.Tasks;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Shapes;

/// <summary>
/// Request bodies that create several resources: a list of new resources (<c>createMany</c>) and new related
/// resources inline in a create request, exactly as they go over the wire.
/// </summary>
public sealed class NestedCreateBodyTests : KeygenServerTest
{
    [Fact]
    public async Task Attaching_constraints_sends_a_data_list_of_new_constraints_and_reads_them_back()
    {
        Server.Fallback = Replies.Json(200, """{"data":[{"id":"c1","type":"constraints","relationships":{"entitlement":{"data":{"type":"entitlements","id":"e1"}}}}]}""");
        using KeygenClient client = TestClients.Client(Server);

        var constraints = await client.Releases.AttachConstraintsAsync(
            "1.2.0", [new AttachReleaseConstraintRequest { EntitlementId = "e1" }, new AttachReleaseConstraintRequest { EntitlementId = "e2" }]);

        RecordedRequest sent = Assert.Single(Server.Requests);
        Assert.Equal(("POST", "/v1/accounts/acme/releases/1.2.0/constraints"), (sent.Method, sent.Path));
        Assert.Equal(
            """{"data":[{"type":"constraints","relationships":{"entitlement":{"data":{"type":"entitlements","id":"e1"}}}},"""
            + """{"type":"constraints","relationships":{"entitlement":{"data":{"type":"entitlements","id":"e2"}}}}]}""",
            sent.BodyText);
        Assert.Equal("e1", Assert.Single(constraints).EntitlementId);
    }

    [Fact]
    public async Task A_null_or_missing_list_is_an_argument_error_and_nothing_is_sent()
    {
        using KeygenClient client = TestClients.Client(Server);

        var nullItem = await Assert.ThrowsAsync<ArgumentException>(
            () => client.Releases.AttachConstraintsAsync("r1", [new AttachReleaseConstraintRequest { EntitlementId = "e1" }, null!]));
        var nullList = await Assert.ThrowsAsync<ArgumentNullException>(() => client.Releases.AttachConstraintsAsync("r1", null!));
        var missingAdmins = await Assert.ThrowsAsync<ArgumentNullException>(
            () => client.Accounts.CreateAsync(new CreateAccountRequest { PlanId = "p1", Admins = null! }));

        Assert.Equal("items", nullItem.ParamName);
        Assert.Equal("items", nullList.ParamName);
        Assert.Equal("admins", missingAdmins.ParamName);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Creating_an_environment_sends_its_new_admins_inline()
    {
        Server.Fallback = Replies.Json(201, """{"data":{"id":"env1","type":"environments","attributes":{"name":"Sandbox","code":"sandbox"}}}""");
        using KeygenClient client = TestClients.Client(Server);

        KeygenEnvironment environment = await client.Environments.CreateAsync(new CreateEnvironmentRequest
        {
            Name = "Sandbox",
            Code = "sandbox",
            Admins = [new NewUser { Email = Sentinels.Email, Password = Sentinels.Password, FirstName = "Ops" }],
        });

        RecordedRequest sent = Assert.Single(Server.Requests);
        Assert.Equal(
            """{"data":{"type":"environments","attributes":{"name":"Sandbox","code":"sandbox"},"relationships":{"admins":{"data":["""
            + "{\"type\":\"users\",\"attributes\":{\"firstName\":\"Ops\",\"email\":\"" + Sentinels.Email + "\",\"password\":\"" + Sentinels.Password + "\"},\"relationships\":{}}]}}}}",
            sent.BodyText);
        Assert.Equal("sandbox", environment.Code);
    }

    [Fact]
    public async Task Signing_up_sends_the_plan_and_admins_without_credentials_to_the_account_less_path()
    {
        Server.Fallback = Replies.Json(201, """{"data":{"id":"a1","type":"accounts","attributes":{"name":"Acme","slug":"acme"}}}""");
        using KeygenClient client = TestClients.Client(Server);

        Account account = await client.Accounts.CreateAsync(new CreateAccountRequest
        {
            Name = "Acme",
            PlanId = "plan-1",
            Admins = [new NewUser { Email = Sentinels.Email }],
            Referral = "friend",
        });

        RecordedRequest sent = Assert.Single(Server.Requests);
        Assert.Equal(("POST", "/v1/accounts"), (sent.Method, sent.Path));
        Assert.Null(sent.Header("Authorization"));
        Assert.Equal(
            """{"data":{"type":"accounts","attributes":{"name":"Acme"},"relationships":{"plan":{"data":{"type":"plans","id":"plan-1"}},"""
            + "\"admins\":{\"data\":[{\"type\":\"users\",\"attributes\":{\"email\":\"" + Sentinels.Email + "\"},\"relationships\":{}}]}}},\"meta\":{\"referral\":\"friend\"}}",
            sent.BodyText);
        Assert.Equal("acme", account.Slug);
    }

    [Fact]
    public async Task A_new_machine_records_its_components_without_linking_them_back_to_it()
    {
        Server.Fallback = Replies.Json(201, """{"data":{"id":"m1","type":"machines","attributes":{"fingerprint":"fp"}}}""");
        using KeygenClient client = TestClients.Client(Server);

        await client.Machines.CreateAsync(new CreateMachineRequest
        {
            Fingerprint = "fp",
            LicenseId = "l1",
            Components = [new NewMachineComponent { Fingerprint = "cpu-1", Name = "CPU" }],
        });

        Assert.Equal(
            """{"data":{"type":"machines","attributes":{"fingerprint":"fp"},"relationships":{"license":{"data":{"type":"licenses","id":"l1"}},"components":"""
            + """{"data":[{"type":"components","attributes":{"fingerprint":"cpu-1","name":"CPU"},"relationships":{}}]}}}}""",
            Assert.Single(Server.Requests).BodyText);
    }
}
