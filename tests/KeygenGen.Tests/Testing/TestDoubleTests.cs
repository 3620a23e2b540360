using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Keygen.Http;
using Keygen.Serialization;
using Xunit;

namespace Keygen.Tests.Testing;

/// <summary>
/// A user's own service that depends on the SDK, unit-tested as a user would: with hand-written stubs derived from the generated
/// clients and from <see cref="KeygenClient"/>, no HTTP anywhere, answers and failures built with <see cref="KeygenModelFactory"/>.
/// </summary>
public sealed class TestDoubleTests
{
    [Fact]
    public async Task A_users_service_is_tested_with_a_stubbed_client_group()
    {
        var licenses = new StubLicenses();
        var service = new SeatService(new StubKeygen(licenses, new StubMachines()));

        Assert.Equal("activated m-fp-1", await service.StartAsync("GOOD", "fp-1", CancellationToken.None));
        Assert.Equal("no license NOT_FOUND", await service.StartAsync("BAD", "fp-1", CancellationToken.None));
        Assert.Equal(["GOOD", "BAD"], licenses.Validated);
    }

    [Fact]
    public async Task The_overload_without_options_and_the_page_enumeration_reach_the_stub()
    {
        var licenses = new StubLicenses();

        LicenseValidation validation = await licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = "GOOD" });
        List<License> all = await licenses.ListAsync(new ListLicensesRequest()).ToListAsync();

        Assert.True(validation.Valid);
        Assert.Equal(["l1", "l2"], all.Select(l => l.Id));
    }

    [Fact]
    public async Task A_stubbed_typed_response_carries_what_the_factory_put_in_it()
    {
        var licenses = new StubLicenses();

        var (license, response) = await licenses.GetWithResponseAsync("l1");

        Assert.Equal("l1", license.Id);
        Assert.Equal("req-1", response.RequestId);
        Assert.Equal(41, response.RateLimit!.Remaining);
        Assert.Equal("""{"data":null}""", response.BodyAsString());
    }

    [Fact]
    public async Task A_member_the_stub_does_not_override_says_so_instead_of_crashing()
    {
        var licenses = new StubLicenses();
        var keygen = new StubKeygen(licenses, new StubMachines());

        var group = await Assert.ThrowsAsync<InvalidOperationException>(() => licenses.SuspendAsync("l1"));
        var client = await Assert.ThrowsAsync<InvalidOperationException>(() => keygen.Products.GetAsync("p1"));

        Assert.Contains("StubLicenses", group.Message, StringComparison.Ordinal);
        Assert.Contains("test double", group.Message, StringComparison.Ordinal);
        Assert.Contains("StubKeygen", client.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_builds_the_errors_a_call_throws()
    {
        KeygenApiException refused = KeygenModelFactory.ApiException(422, "MACHINE_LIMIT_EXCEEDED", "machine count has exceeded maximum allowed", operationId: "machines.create");
        KeygenTransportException down = KeygenModelFactory.TransportException(timeout: true);

        Assert.Equal(422, refused.StatusCode);
        Assert.True(refused.HasCode("MACHINE_LIMIT_EXCEEDED"));
        Assert.Equal("machine count has exceeded maximum allowed", refused.Detail);
        Assert.Contains("(machines.create)", refused.Message, StringComparison.Ordinal);
        Assert.True(down.Timeout);
        Assert.Throws<ArgumentOutOfRangeException>(() => KeygenModelFactory.ApiException(200, "OK"));
        Assert.Throws<ArgumentException>(() => KeygenModelFactory.Response(headers: new Dictionary<string, string> { ["bad name"] = "x" }));
    }

    /// <summary>The user's code under test: validates a key and activates the machine once.</summary>
    private sealed class SeatService(KeygenClient keygen)
    {
        public async Task<string> StartAsync(string key, string fingerprint, CancellationToken cancellationToken)
        {
            try
            {
                LicenseValidation validation = await keygen.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = key }, cancellationToken);
                Machine machine = await keygen.Machines.CreateAsync(
                    new CreateMachineRequest { LicenseId = validation.License!.Id, Fingerprint = fingerprint }, cancellationToken);
                return "activated " + machine.Id;
            }
            catch (KeygenApiException e)
            {
                return "no license " + e.Code;
            }
        }
    }

    private sealed class StubKeygen(LicensesClient licenses, MachinesClient machines) : KeygenClient
    {
        public override LicensesClient Licenses => licenses;

        public override MachinesClient Machines => machines;
    }

    private sealed class StubLicenses : LicensesClient
    {
        public List<string?> Validated { get; } = [];

        public override Task<LicenseValidation> ValidateKeyAsync(ValidateLicenseKeyRequest request, KeygenCallOptions? options, CancellationToken cancellationToken = default)
        {
            Validated.Add(request.Key);
            return request.Key == "GOOD"
                ? Task.FromResult(new LicenseValidation { Valid = true, Code = ValidationCode.Valid, License = new License { Id = "l1", Key = "GOOD" } })
                : Task.FromException<LicenseValidation>(KeygenModelFactory.ApiException(404, "NOT_FOUND", operationId: "licenses.validateKey"));
        }

        public override Task<KeygenPage<License>> ListPageAsync(ListLicensesRequest? request, KeygenCallOptions? options, CancellationToken cancellationToken = default) =>
            Task.FromResult(new KeygenPage<License>([new License { Id = "l1" }, new License { Id = "l2" }], KeygenPageLinks.None));

        public override Task<KeygenResponse<License>> GetWithResponseAsync(string id, KeygenCallOptions? options, CancellationToken cancellationToken = default) =>
            Task.FromResult(KeygenModelFactory.Response(
                new License { Id = id },
                KeygenModelFactory.Response(200, """{"data":null}""", new Dictionary<string, string> { ["X-Request-Id"] = "req-1", ["X-RateLimit-Remaining"] = "41" })));
    }

    private sealed class StubMachines : MachinesClient
    {
        public override Task<Machine> CreateAsync(CreateMachineRequest request, KeygenCallOptions? options, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Machine { Id = "m-" + request.Fingerprint, Fingerprint = request.Fingerprint });
    }
}
