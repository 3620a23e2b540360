using System;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Keygen;
using Keygen.Serialization;
using KeygenGen.Benchmarks.Canned;
using KeygenGen.Benchmarks.Peers;
using KeygenGen.Benchmarks.Peers.HandWritten;
using Kiota = KeygenGen.Benchmarks.Peers.Kiota.Generated;
using NSwag = KeygenGen.Benchmarks.Peers.NSwag;

namespace KeygenGen.Benchmarks.Benchmarks;

/// <summary>
/// One call, request to typed result, through each client against the same in-memory Keygen. Each category (operation)
/// has the hand-written client as its baseline, so Ratio and Alloc Ratio read "times the floor".
/// </summary>
[MicroJob]
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PerCallBenchmarks
{
    private PeerClients _clients = null!;
    private readonly string _id = KeygenDocuments.LicenseId(0);
    private readonly string _key = KeygenDocuments.LicenseKey(0);

    [GlobalSetup]
    public void Setup()
    {
        _clients = new PeerClients();
        PerCallResults.Verify(this);
        // Says which build of the library a run measured (the before-after run compares two; the version ends in the commit).
        Console.WriteLine("// KeygenGen " + typeof(KeygenClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    // Create a license for a policy.

    [Benchmark(Baseline = true), BenchmarkCategory("create")]
    public Task<LicenseResource> Create_HandWritten() => _clients.HandWritten.CreateLicenseAsync(KeygenDocuments.PolicyId);

    [Benchmark, BenchmarkCategory("create")]
    public Task<License> Create_KeygenGen() => _clients.KeygenGen.Licenses.CreateAsync(new CreateLicenseRequest { PolicyId = KeygenDocuments.PolicyId });

    [Benchmark, BenchmarkCategory("create")]
    public Task<LicenseDocument> Create_Refit()
    {
        var body = new CreateLicenseDocument();
        body.Data.Relationships.Policy.Data = new ResourceIdentifier { Type = "policies", Id = KeygenDocuments.PolicyId };
        return _clients.Refit.CreateLicenseAsync(body);
    }

    [Benchmark, BenchmarkCategory("create")]
    public Task<NSwag.Response2> Create_NSwag() => _clients.NSwag.Licenses_createAsync(
        new NSwag.Body { Data = new NSwag.Data { Type = NSwag.DataType.Licenses, Relationships = new NSwag.Relationships2 { Policy = new NSwag.Policy2 { Data = new NSwag.Data10 { Type = NSwag.Data10Type.Policies, Id = KeygenDocuments.PolicyId } } } } },
        KeygenDocuments.Account);

    [Benchmark, BenchmarkCategory("create")]
    public Task<Kiota.Accounts.Item.Licenses.LicensesPostResponse?> Create_Kiota() => _clients.Kiota.Accounts[KeygenDocuments.Account].Licenses.PostAsync(
        new Kiota.Accounts.Item.Licenses.LicensesPostRequestBody
        {
            Data = new Kiota.Accounts.Item.Licenses.LicensesPostRequestBody_data
            {
                Type = Kiota.Accounts.Item.Licenses.LicensesPostRequestBody_data_type.Licenses,
                Relationships = new Kiota.Accounts.Item.Licenses.LicensesPostRequestBody_data_relationships
                {
                    Policy = new Kiota.Accounts.Item.Licenses.LicensesPostRequestBody_data_relationships_policy
                    {
                        Data = new Kiota.Accounts.Item.Licenses.LicensesPostRequestBody_data_relationships_policy_data
                        {
                            Type = Kiota.Accounts.Item.Licenses.LicensesPostRequestBody_data_relationships_policy_data_type.Policies,
                            Id = KeygenDocuments.PolicyId,
                        },
                    },
                },
            },
        });

    // Retrieve a license by id.

    [Benchmark(Baseline = true), BenchmarkCategory("get")]
    public Task<LicenseResource> Get_HandWritten() => _clients.HandWritten.GetLicenseAsync(_id);

    [Benchmark, BenchmarkCategory("get")]
    public Task<License> Get_KeygenGen() => _clients.KeygenGen.Licenses.GetAsync(_id);

    [Benchmark, BenchmarkCategory("get")]
    public Task<LicenseDocument> Get_Refit() => _clients.Refit.GetLicenseAsync(_id);

    [Benchmark, BenchmarkCategory("get")]
    public Task<NSwag.Response4> Get_NSwag() => _clients.NSwag.Licenses_getAsync(_id, KeygenDocuments.Account);

    [Benchmark, BenchmarkCategory("get")]
    public Task<Kiota.Accounts.Item.Licenses.Item.LicensesGetResponse?> Get_Kiota() =>
        _clients.Kiota.Accounts[KeygenDocuments.Account].Licenses[_id].GetAsync();

    // List one page of 100 licenses.

    [Benchmark(Baseline = true), BenchmarkCategory("list 100")]
    public Task<LicenseListDocument> List_HandWritten() => _clients.HandWritten.ListLicensesAsync(KeygenDocuments.PageSize);

    [Benchmark, BenchmarkCategory("list 100")]
    public Task<KeygenPage<License>> List_KeygenGen() => _clients.KeygenGen.Licenses.ListPageAsync(new ListLicensesRequest { PageSize = KeygenDocuments.PageSize });

    [Benchmark, BenchmarkCategory("list 100")]
    public Task<LicenseListDocument> List_Refit() => _clients.Refit.ListLicensesAsync(KeygenDocuments.PageSize);

    [Benchmark, BenchmarkCategory("list 100")]
    public Task<NSwag.Response> List_NSwag() => _clients.NSwag.Licenses_listAsync(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        pagesize: KeygenDocuments.PageSize, pagecursor: null, account: KeygenDocuments.Account);

    [Benchmark, BenchmarkCategory("list 100")]
    public Task<Kiota.Accounts.Item.Licenses.LicensesGetResponse?> List_Kiota() =>
        _clients.Kiota.Accounts[KeygenDocuments.Account].Licenses.GetAsync(request => request.QueryParameters.Pagesize = KeygenDocuments.PageSize);

    // Validate a key with a fingerprint scope.

    [Benchmark(Baseline = true), BenchmarkCategory("validate")]
    public Task<ValidationDocument> Validate_HandWritten() => _clients.HandWritten.ValidateKeyAsync(_key, KeygenDocuments.Fingerprint);

    [Benchmark, BenchmarkCategory("validate")]
    public Task<LicenseValidation> Validate_KeygenGen() => _clients.KeygenGen.Licenses.ValidateKeyAsync(
        new ValidateLicenseKeyRequest { Key = _key, Scope = new Keygen.ValidationScope { Fingerprint = KeygenDocuments.Fingerprint } });

    [Benchmark, BenchmarkCategory("validate")]
    public Task<ValidationDocument> Validate_Refit() => _clients.Refit.ValidateKeyAsync(
        new ValidateKeyDocument { Meta = { Key = _key, Scope = new Peers.HandWritten.ValidationScope { Fingerprint = KeygenDocuments.Fingerprint } } });

    [Benchmark, BenchmarkCategory("validate")]
    public Task<NSwag.Response3> Validate_NSwag() => _clients.NSwag.Licenses_validateKeyAsync(
        new NSwag.Body2 { Meta = new NSwag.Meta2 { Key = _key, Scope = new NSwag.ValidationScope { Fingerprint = KeygenDocuments.Fingerprint } } },
        KeygenDocuments.Account);

    [Benchmark, BenchmarkCategory("validate")]
    public Task<Kiota.Accounts.Item.Licenses.Actions.ValidateKey.ValidateKeyPostResponse?> Validate_Kiota() =>
        _clients.Kiota.Accounts[KeygenDocuments.Account].Licenses.Actions.ValidateKey.PostAsync(
            new Kiota.Accounts.Item.Licenses.Actions.ValidateKey.ValidateKeyPostRequestBody
            {
                Meta = new Kiota.Accounts.Item.Licenses.Actions.ValidateKey.ValidateKeyPostRequestBody_meta
                {
                    Key = _key,
                    Scope = new Kiota.Models.ValidationScope { Fingerprint = KeygenDocuments.Fingerprint },
                },
            });
}
