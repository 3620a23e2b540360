using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Keygen.Tests.Operations.Documents;
using Keygen.Tests.Operations.Wire;
using Keygen.Tests.Transport.Fixtures;
using Xunit;

namespace Keygen.Tests.Operations;

/// <summary>
/// licenses.validate (the scoped POST), licenses.quickValidate (GET) and licenses.validateKey (validateLicense,
/// validateLicenseKey): the input goes in <c>meta</c>, the result comes back in <c>meta</c> beside the license.
/// </summary>
public sealed class LicenseValidationTests : OperationTest
{
    private static readonly ValidationScope Scope = new()
    {
        Product = ProductDocuments.Id,
        Fingerprint = MachineDocuments.Fingerprint,
        Entitlements = ["PRO", "EXPORT"],
    };

    private static JsonObject EchoedScope() => new()
    {
        ["product"] = ProductDocuments.Id,
        ["fingerprint"] = MachineDocuments.Fingerprint,
        ["entitlements"] = new JsonArray("PRO", "EXPORT"),
    };

    [Fact]
    public async Task Validate_posts_scope_and_nonce_in_meta_and_reads_license_and_result()
    {
        Reply(200, ValidationDocuments.Valid(nonce: 1234, scope: EchoedScope()));

        LicenseValidation validation = await Keygen.Licenses.ValidateAsync(LicenseDocuments.Id, new ValidateLicenseRequest { Scope = Scope, Nonce = 1234 });

        Expect("POST", $"{Acme}/licenses/{LicenseDocuments.Id}/actions/validate", body: $$"""
            {"meta":{"scope":{"product":"{{ProductDocuments.Id}}","fingerprint":"{{MachineDocuments.Fingerprint}}","entitlements":["PRO","EXPORT"]},"nonce":1234} }
            """);
        ValidationDocuments.AssertValid(validation);
        Assert.Equal(1234, validation.Nonce);
        Assert.NotNull(validation.Scope);
        Assert.Equal(MachineDocuments.Fingerprint, validation.Scope.Fingerprint);
        Assert.Equal(["PRO", "EXPORT"], validation.Scope.Entitlements);
        Assert.Null(validation.Scope.Machine);
    }

    [Fact]
    public async Task Validate_from_a_licensed_app_authenticates_with_the_license_key()
    {
        Reply(200, ValidationDocuments.Valid());
        using KeygenClient app = TestClients.Client(Server, o =>
        {
            o.Token = null;
            o.LicenseKey = Sentinels.LicenseKey;
        });

        LicenseValidation validation = await app.Licenses.ValidateAsync(LicenseDocuments.Id);

        Expect("POST", $"{Acme}/licenses/{LicenseDocuments.Id}/actions/validate", auth: ExpectedAuth.License);
        ValidationDocuments.AssertValid(validation);
        Assert.Null(validation.Nonce);
        Assert.Null(validation.Scope);
    }

    [Fact]
    public async Task Quick_validate_gets_without_a_body()
    {
        Reply(200, ValidationDocuments.Valid());

        LicenseValidation validation = await Keygen.Licenses.QuickValidateAsync(LicenseDocuments.Id);

        Expect("GET", $"{Acme}/licenses/{LicenseDocuments.Id}/actions/validate");
        ValidationDocuments.AssertValid(validation);
    }

    [Fact]
    public async Task Validate_key_without_credentials_sends_no_authorization_and_reads_a_failed_validation()
    {
        Reply(200, JsonApiDocument.Single(
            LicenseDocuments.Resource(),
            ValidationDocuments.Meta(false, "fingerprint is not activated (does not match any associated machines)", "NO_MACHINE", scope: EchoedScope())));
        using KeygenClient anonymous = TestClients.Client(Server, o => o.Token = null);

        LicenseValidation validation = await anonymous.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = LicenseDocuments.Key, Scope = Scope });

        Expect("POST", $"{Acme}/licenses/actions/validate-key", auth: ExpectedAuth.None, body: $$"""
            {"meta":{"key":"{{LicenseDocuments.Key}}","scope":{"product":"{{ProductDocuments.Id}}","fingerprint":"{{MachineDocuments.Fingerprint}}","entitlements":["PRO","EXPORT"]} } }
            """);
        Assert.False(validation.Valid);
        Assert.Equal(ValidationCode.NoMachine, validation.Code);
        Assert.Equal("fingerprint is not activated (does not match any associated machines)", validation.Detail);
        Assert.Equal(ValidationDocuments.TimestampAt, validation.Timestamp);
        Assert.NotNull(validation.License);
        LicenseDocuments.AssertMapped(validation.License);
    }

    [Fact]
    public async Task Validate_key_of_an_unknown_license_reads_null_data_as_no_license()
    {
        Reply(200, JsonApiDocument.Null(ValidationDocuments.Meta(false, "does not exist", "NOT_FOUND")));

        LicenseValidation validation = await Keygen.Licenses.ValidateKeyAsync(new ValidateLicenseKeyRequest { Key = "UNKNOWN-KEY" });

        Expect("POST", $"{Acme}/licenses/actions/validate-key", body: """{"meta":{"key":"UNKNOWN-KEY"}}""");
        Assert.Null(validation.License);
        Assert.False(validation.Valid);
        Assert.Equal(ValidationCode.NotFound, validation.Code);
    }
}
