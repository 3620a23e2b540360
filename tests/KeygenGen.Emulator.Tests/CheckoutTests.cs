using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Emulator.Tests.Support;
using Keygen.Licensing;
using Keygen.Signatures;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Keygen.Emulator.Tests;

/// <summary>
/// License and machine files (keygen-api.md §1.17): the resource, the raw download, the options in <c>meta</c> and the
/// query, Keygen's 400/422s, and round trips through the SDK's <see cref="LicenseFileReader"/> and an independent reader.
/// </summary>
public sealed class CheckoutTests
{
    private const string Fingerprint = "fp-offline";

    [Fact]
    public async Task ALicenseFileDefaultsToABase64Ed25519FileForAMonth()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        var file = await session.PostAsync($"/licenses/{license.Id}/actions/check-out");

        Assert.Equal(200, file.Code);
        Assert.Equal("license-files", file.Data["type"]!.GetValue<string>());
        Assert.True(Guid.TryParse(file.Id, out _));
        Assert.Null(file.Data["links"]);
        Assert.Equal("base64+ed25519", file.Attributes["algorithm"]!.GetValue<string>());
        Assert.Equal(2629746, file.Attributes["ttl"]!.GetValue<int>());
        Assert.Empty(file.Attributes["includes"]!.AsArray());
        var issued = DateTimeOffset.Parse(file.Attributes["issued"]!.GetValue<string>());
        // 2,629,746 s is Ruby's 1.month, which Keygen adds on the calendar.
        Assert.Equal(issued.AddMonths(1), DateTimeOffset.Parse(file.Attributes["expiry"]!.GetValue<string>()));
        Assert.Equal(license.Id, file.Data["relationships"]!["license"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(session.Emulator.AccountId, file.Data["relationships"]!["account"]!["data"]!["id"]!.GetValue<string>());

        var dataset = Reader(session).ReadLicenseFile(Certificate(file), licenseKey: null);
        Assert.Equal(license.Id, dataset.Data.GetProperty("id").GetString());
        Assert.Equal(issued, dataset.Issued);
        Assert.Equal(issued.AddMonths(1), dataset.Expiry);
        Assert.Empty(dataset.Included);
    }

    [Fact]
    public async Task AnEncryptedFileWithIncludesVerifiesAndDecryptsWithTheSdkAndAnIndependentReader()
    {
        await using var session = await EmulatorSession.StartAsync();
        var owner = await session.UserAsync("ada@example.com");
        var license = await session.LicenseAsync(await session.PolicyAsync(), ownerId: owner);
        var key = Key(license);

        var file = await session.PostAsync($"/licenses/{license.Id}/actions/check-out",
            Json.Meta(new JsonObject { ["encrypt"] = true, ["include"] = new JsonArray("product", "policy", "user") }));

        Assert.Equal("aes-256-gcm+ed25519", file.Attributes["algorithm"]!.GetValue<string>());
        Assert.Equal(["product", "policy", "owner"], file.Attributes["includes"]!.AsArray().Select(i => i!.GetValue<string>()));
        var sdk = Reader(session).ReadLicenseFile(Certificate(file), key);
        Assert.Equal(license.Id, sdk.Data.GetProperty("id").GetString());
        Assert.Equal(["policies", "products", "users"], sdk.Included.Select(r => r.GetProperty("type").GetString()).Order());
        Assert.Equal(owner, Assert.Single(sdk.IncludedOfType("users")).GetProperty("id").GetString());

        var independent = CertificateReference.Read(Certificate(file), session.Emulator.PublicKeyHex, key);
        Assert.Equal(license.Id, independent["data"]!["id"]!.GetValue<string>());
        Assert.Equal(key, independent["data"]!["attributes"]!["key"]!.GetValue<string>());
        Assert.Equal(sdk.Issued, DateTimeOffset.Parse(independent["meta"]!["issued"]!.GetValue<string>()));
        Assert.Throws<LicenseFileException>(() => Reader(session).ReadLicenseFile(Certificate(file), key + "x"));
    }

    [Fact]
    public async Task TheCertificateIsArmouredLikeKeygensInSixtyCharacterLines()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        var certificate = Certificate(await session.PostAsync($"/licenses/{license.Id}/actions/check-out", Json.Meta(new JsonObject { ["encrypt"] = true })));

        var lines = certificate.Split('\n');
        Assert.Equal("-----BEGIN LICENSE FILE-----", lines[0]);
        Assert.Equal(["-----END LICENSE FILE-----", string.Empty], lines[^2..]);
        Assert.All(lines[1..^3], line => Assert.Equal(60, line.Length));
        Assert.InRange(lines[^3].Length, 1, 60);
        var (kind, envelope) = CertificateReference.Open(certificate);
        Assert.Equal("LICENSE", kind);
        Assert.Equal(3, envelope["enc"]!.GetValue<string>().Split('.').Length);
    }

    [Fact]
    public async Task TheDownloadIsTheRawCertificateWithItsOptionsInTheQuery()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        var download = await session.SendAsync(HttpMethod.Get, $"/licenses/{license.Id}/actions/check-out?encrypt=true&ttl=3600&include=product,policy", null,
            configure: request => request.Headers.Accept.ParseAdd("application/octet-stream"));

        Assert.Equal(200, download.Code);
        Assert.Equal("application/octet-stream", download.Message.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{license.Id}.lic", download.Message.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.True(ResponseSignatures.Verify(session.Emulator.PublicKeyHex, download, "GET", session.PathOf($"/licenses/{license.Id}/actions/check-out?encrypt=true&ttl=3600&include=product,policy"), "127.0.0.1"));
        var dataset = Reader(session).ReadLicenseFile(Encoding.UTF8.GetString(download.Body), Key(license));
        Assert.Equal(TimeSpan.FromHours(1), dataset.Ttl);
        Assert.Equal(dataset.Issued.AddHours(1), dataset.Expiry);
        Assert.Equal(2, dataset.Included.Count);
    }

    [Fact]
    public async Task MetaOverridesTheQueryAndANullTtlMeansNoExpiry()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        var file = await session.PostAsync($"/licenses/{license.Id}/actions/check-out?ttl=7200&encrypt=true", Json.Meta(new JsonObject { ["ttl"] = null, ["encrypt"] = false }));

        Assert.Null(file.Attributes["ttl"]);
        Assert.Null(file.Attributes["expiry"]);
        Assert.Equal("base64+ed25519", file.Attributes["algorithm"]!.GetValue<string>());
        var dataset = Reader(session).ReadLicenseFile(Certificate(file), licenseKey: null);
        Assert.Null(dataset.Expiry);
        Assert.Null(dataset.Ttl);
    }

    [Theory]
    [InlineData("""{"meta":{"ttl":3599}}""", 400, "CHECKOUT_TTL_INVALID", "must be greater than or equal to 3600 (1 hour)", "ttl")]
    [InlineData("""{"meta":{"include":["product","machines"]}}""", 400, "CHECKOUT_INCLUDE_INVALID", "invalid includes", "include")]
    [InlineData("""{"meta":{"algorithm":"rot13+ed25519"}}""", 400, "CHECKOUT_ALGORITHM_INVALID", "invalid encoding algorithm", "algorithm")]
    [InlineData("""{"meta":{"algorithm":"base64+md5"}}""", 400, "CHECKOUT_ALGORITHM_INVALID", "invalid signing algorithm", "algorithm")]
    [InlineData("""{"meta":{"algorithm":"aes-256-gcm"}}""", 400, "CHECKOUT_ALGORITHM_INVALID", "invalid signing algorithm", "algorithm")]
    public async Task InvalidOptionsAreRefusedAsKeygenDoes(string body, int status, string code, string detail, string? parameter)
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        var response = await session.PostAsync($"/licenses/{license.Id}/actions/check-out", body);

        Assert.Equal(status, response.Code);
        Assert.Equal(code, response.ErrorCode);
        Assert.Equal(detail, response.FirstError["detail"]!.GetValue<string>());
        Assert.Equal(parameter, response.FirstError["source"]?["parameter"]?.GetValue<string>());
    }

    [Fact]
    public async Task ALongTtlIsAcceptedAndAddedOnTheCalendar()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        // 189,341,712 s is six of Ruby's 1.year (31,556,952 s each): six calendar years, with no cap.
        var file = await session.PostAsync($"/licenses/{license.Id}/actions/check-out", Json.Meta(new JsonObject { ["ttl"] = 189341712 }));

        Assert.Equal(200, file.Code);
        var issued = DateTimeOffset.Parse(file.Attributes["issued"]!.GetValue<string>());
        Assert.Equal(issued.AddYears(6), DateTimeOffset.Parse(file.Attributes["expiry"]!.GetValue<string>()));
    }

    [Fact]
    public async Task QueryOptionsAreCoercedAsKeygensTypedParamsCoerceThem()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());

        // Ruby's "soon".to_i is 0, under the one-hour minimum; a boolean is true only for 1/true/t/yes/y.
        var ttl = await session.GetAsync($"/licenses/{license.Id}/actions/check-out?ttl=soon");
        var encrypt = await session.PostAsync($"/licenses/{license.Id}/actions/check-out?encrypt=maybe");
        var list = await session.GetAsync($"/licenses/{license.Id}/actions/check-out?ttl[]=3600");

        Assert.Equal(400, ttl.Code);
        Assert.Equal("CHECKOUT_TTL_INVALID", ttl.ErrorCode);
        Assert.Equal("ttl", ttl.FirstError["source"]!["parameter"]!.GetValue<string>());
        Assert.Equal(200, encrypt.Code);
        Assert.Equal("base64+ed25519", encrypt.Attributes["algorithm"]!.GetValue<string>());
        Assert.Equal(400, list.Code);
        Assert.Equal("ttl", list.FirstError["source"]!["parameter"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMachineFileIsKeyedWithTheLicenseKeyAndFingerprint()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());
        var machine = await session.ActivateAsync(license.Id, Fingerprint);

        var file = await session.PostAsync($"/machines/{machine.Id}/actions/check-out",
            Json.Meta(new JsonObject { ["encrypt"] = true, ["include"] = new JsonArray("license", "license.policy") }));

        Assert.Equal("machine-files", file.Data["type"]!.GetValue<string>());
        Assert.Equal(machine.Id, file.Data["relationships"]!["machine"]!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(license.Id, file.Data["relationships"]!["license"]!["data"]!["id"]!.GetValue<string>());
        var dataset = Reader(session).ReadMachineFile(Certificate(file), Key(license), Fingerprint);
        Assert.Equal(LicenseFileKind.Machine, dataset.Kind);
        Assert.Equal(Fingerprint, dataset.Data.GetProperty("attributes").GetProperty("fingerprint").GetString());
        Assert.Equal(license.Id, Assert.Single(dataset.IncludedOfType("licenses")).GetProperty("id").GetString());
        Assert.Equal(machine.Id, CertificateReference.Read(Certificate(file), session.Emulator.PublicKeyHex, Key(license) + Fingerprint)["data"]!["id"]!.GetValue<string>());
        var wrongMachine = Assert.Throws<LicenseFileException>(() => Reader(session).ReadMachineFile(Certificate(file), Key(license), "another-machine"));
        Assert.Equal(VerificationFailureReason.DecryptionFailed, wrongMachine.Reason);
    }

    [Fact]
    public async Task ANestedIncludeIncludesEachStepAndLinksEveryRelationshipItWalks()
    {
        await using var session = await EmulatorSession.StartAsync();
        var owner = await session.UserAsync("ada@example.com");
        var license = await session.LicenseAsync(await session.PolicyAsync(), ownerId: owner);
        var machine = await session.ActivateAsync(license.Id, Fingerprint);

        var file = await session.PostAsync($"/machines/{machine.Id}/actions/check-out", Json.Meta(new JsonObject { ["include"] = new JsonArray("license.users") }));

        var dataset = Reader(session).ReadMachineFile(Certificate(file), Key(license), Fingerprint);
        var included = Assert.Single(dataset.IncludedOfType("licenses"));
        Assert.Equal(owner, Assert.Single(dataset.IncludedOfType("users")).GetProperty("id").GetString());
        Assert.Equal(license.Id, dataset.Data.GetProperty("relationships").GetProperty("license").GetProperty("data").GetProperty("id").GetString());
        var users = included.GetProperty("relationships").GetProperty("users").GetProperty("data");
        Assert.Equal(owner, Assert.Single(users.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task AMachineFileDownloadIsNamedAfterTheMachineAndStampsItsLastCheckOut()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync());
        var machine = await session.ActivateAsync(license.Id, Fingerprint);

        var download = await session.GetAsync($"/machines/{Fingerprint}/actions/check-out?include[]=license.user");
        var after = await session.GetAsync($"/machines/{machine.Id}");

        Assert.Equal($"{machine.Id}.lic", download.Message.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.StartsWith("-----BEGIN MACHINE FILE-----\n", Encoding.UTF8.GetString(download.Body), StringComparison.Ordinal);
        Assert.NotNull(after.Attributes["lastCheckOut"]);
    }

    [Fact]
    public async Task ALicenseChecksOutItselfWithItsKeyButNotAnotherLicense()
    {
        await using var session = await EmulatorSession.StartAsync();
        var policy = await session.PolicyAsync(new JsonObject { ["authenticationStrategy"] = "LICENSE" });
        var mine = await session.LicenseAsync(policy);
        var other = await session.LicenseAsync(policy);

        var own = await session.PostAsync($"/licenses/{mine.Id}/actions/check-out", null, As.License(Key(mine)));
        var foreign = await session.PostAsync($"/licenses/{other.Id}/actions/check-out", null, As.License(Key(mine)));
        var anonymous = await session.PostAsync($"/licenses/{mine.Id}/actions/check-out", null, As.Anonymous);

        Assert.Equal(200, own.Code);
        Assert.Equal(404, foreign.Code);
        Assert.Equal(401, anonymous.Code);
        Assert.NotNull((await session.GetAsync($"/licenses/{mine.Id}")).Attributes["lastCheckOut"]);
    }

    [Fact]
    public async Task RsaLicensesGetRsaSignedFilesThatVerifyWithThePublishedRsaKey()
    {
        await using var session = await EmulatorSession.StartAsync();
        var license = await session.LicenseAsync(await session.PolicyAsync(new JsonObject { ["scheme"] = "RSA_2048_PKCS1_PSS_SIGN_V2" }));
        var keys = (await session.GetAsync(string.Empty)).Data["meta"]!["keys"]!;

        var file = await session.PostAsync($"/licenses/{license.Id}/actions/check-out", Json.Meta(new JsonObject { ["encrypt"] = true }));
        var pkcs1 = await session.PostAsync($"/licenses/{license.Id}/actions/check-out", Json.Meta(new JsonObject { ["algorithm"] = "base64+rsa-sha256" }));

        Assert.Equal("aes-256-gcm+rsa-pss-sha256", file.Attributes["algorithm"]!.GetValue<string>());
        var reader = new LicenseFileReader(KeygenPublicKeys.Parse(keys["ed25519"]!.GetValue<string>(), keys["rsa2048"]!.GetValue<string>()));
        Assert.Equal(license.Id, reader.ReadLicenseFile(Certificate(file), Key(license)).Data.GetProperty("id").GetString());
        Assert.Equal(license.Id, reader.ReadLicenseFile(Certificate(pkcs1), null).Data.GetProperty("id").GetString());
        var ed25519Only = Assert.Throws<LicenseFileException>(() => Reader(session).ReadLicenseFile(Certificate(file), Key(license)));
        Assert.Equal(VerificationFailureReason.UnsupportedAlgorithm, ed25519Only.Reason);
    }

    [Fact]
    public async Task AFileOutlivingItsTtlIsExpiredAndOneIssuedAheadOfTheClockIsRefused()
    {
        var clock = Clock.StartingNow();
        await using var session = await EmulatorSession.StartAsync(new KeygenEmulatorOptions { TimeProvider = clock });
        var license = await session.LicenseAsync(await session.PolicyAsync());
        var certificate = Certificate(await session.PostAsync($"/licenses/{license.Id}/actions/check-out", Json.Meta(new JsonObject { ["ttl"] = 3600 })));

        var later = Assert.Throws<LicenseFileException>(() => Reader(session, clock.GetUtcNow().AddHours(2)).ReadLicenseFile(certificate, null));
        var earlier = Assert.Throws<LicenseFileException>(() => Reader(session, clock.GetUtcNow().AddHours(-1)).ReadLicenseFile(certificate, null));

        Assert.Equal(VerificationFailureReason.Expired, later.Reason);
        Assert.Equal(VerificationFailureReason.IssuedInFuture, earlier.Reason);
        Assert.Equal(license.Id, Reader(session, clock.GetUtcNow().AddMinutes(59)).ReadLicenseFile(certificate, null).Data.GetProperty("id").GetString());
    }

    private static LicenseFileReader Reader(EmulatorSession session, DateTimeOffset? now = null) =>
        new(KeygenPublicKeys.Parse(session.Emulator.PublicKeyHex), new KeygenVerificationOptions { TimeProvider = new FakeTimeProvider(now ?? DateTimeOffset.UtcNow) });

    private static string Certificate(ApiResponse file)
    {
        Assert.True(file.Code == 200, file.ToString());
        return file.Attributes["certificate"]!.GetValue<string>();
    }

    private static string Key(ApiResponse license) => license.Attributes["key"]!.GetValue<string>();
}
