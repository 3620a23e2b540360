using System;
using System.Linq;
using System.Text;
using Keygen.Licensing;
using Keygen.Signatures;
using KeygenGen.Licensing.Tests.Vectors;
using Xunit;

namespace KeygenGen.Licensing.Tests;

/// <summary>
/// Every verifier has a <c>TryVerify</c>/<c>TryRead…</c> that returns what its throwing twin finds (the value, or the reason and
/// message of the failure) without throwing; and the entry points that used to crash on odd input give their documented error.
/// </summary>
public sealed class TryVerifyTests
{
    private static readonly VectorSet V = VectorSet.Instance;

    [Fact]
    public void A_signature_outcome_is_the_message_when_valid_and_the_reason_when_not()
    {
        var verifier = new KeygenSignatureVerifier(V.PublicKeys, V.ClockAt());
        var message = V.Response("list").ToMessage();

        var valid = verifier.TryVerify(message);
        var altered = verifier.TryVerify(message with { Body = Encoding.UTF8.GetBytes("{}") });
        var unsigned = verifier.TryVerify(message with { Headers = new SignatureHeaders(null, null, null) });
        var stale = new KeygenSignatureVerifier(V.PublicKeys, V.ClockAt(TimeSpan.FromHours(1))).TryVerify(message);

        Assert.True(valid.IsValid);
        Assert.Same(message, valid.Value);
        Assert.Null(valid.FailureReason);
        Assert.Equal("Verified.", valid.Message);
        Assert.Equal(
            [VerificationFailureReason.DigestMismatch, VerificationFailureReason.MissingHeader, VerificationFailureReason.DateTooOld],
            new[] { altered, unsigned, stale }.Select(r => r.FailureReason!.Value));
        Assert.All(new[] { altered, unsigned, stale }, r =>
        {
            Assert.False(r.IsValid);
            Assert.Null(r.Value);
            Assert.Equal(r.Exception!.Message, r.Message);
            Assert.StartsWith($"Refused ({r.FailureReason}): ", r.ToString(), StringComparison.Ordinal);
        });
        Assert.Equal(
            Assert.Throws<KeygenSignatureException>(() => verifier.Verify(message with { Body = Encoding.UTF8.GetBytes("{}") })).Message,
            altered.Message);
    }

    [Fact]
    public void A_webhook_outcome_is_the_event_or_why_the_delivery_was_refused()
    {
        var verifier = new KeygenWebhookVerifier(V.PublicKeys, V.ClockAt());
        var body = Encoding.UTF8.GetBytes(V.Webhook.Body);

        var valid = verifier.TryVerify(new Uri(V.Webhook.Url), V.Webhook.Message.Header, body);
        var elsewhere = verifier.TryVerify(new Uri("https://hooks.example.com/other"), V.Webhook.Message.Header, body);
        var notAnEvent = verifier.TryVerify(V.Response("list").ToMessage());

        Assert.Equal("license.created", valid.Value!.EventType);
        Assert.Equal(VerificationFailureReason.SignatureInvalid, elsewhere.FailureReason);
        Assert.Equal(VerificationFailureReason.MalformedInput, notAnEvent.FailureReason);
        Assert.Contains("webhook-events", notAnEvent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_license_or_machine_file_outcome_is_the_dataset_or_why_the_file_was_refused()
    {
        var reader = new LicenseFileReader(V.PublicKeys, V.ClockAt());

        var valid = reader.TryReadLicenseFile(V.LicenseFile("license-aes").Certificate, V.LicenseKey);
        var expired = reader.TryReadLicenseFile(V.LicenseFile("license-expired").Certificate, V.LicenseKey);
        var wrongKey = reader.TryReadLicenseFile(V.LicenseFile("license-aes").Certificate, "another-key");
        var machine = reader.TryReadMachineFile(V.LicenseFile("machine-aes").Certificate, V.LicenseKey, V.Fingerprint);
        var otherMachine = reader.TryReadMachineFile(V.LicenseFile("machine-aes").Certificate, V.LicenseKey, "another-fingerprint");
        var notAFile = reader.TryReadLicenseFile("hello", V.LicenseKey);

        Assert.Equal(LicenseFileKind.License, valid.Value!.Kind);
        Assert.Equal(VerificationFailureReason.Expired, expired.FailureReason);
        Assert.NotNull(Assert.IsType<LicenseFileException>(expired.Exception).Dataset);
        Assert.Equal(VerificationFailureReason.DecryptionFailed, wrongKey.FailureReason);
        Assert.Equal(LicenseFileKind.Machine, machine.Value!.Kind);
        Assert.Equal(VerificationFailureReason.DecryptionFailed, otherMachine.FailureReason);
        Assert.Equal(VerificationFailureReason.MalformedInput, notAFile.FailureReason);
    }

    [Fact]
    public void A_signed_key_outcome_is_the_key_or_why_it_was_refused()
    {
        var verifier = new SignedLicenseKeyVerifier(V.PublicKeys, V.ClockAt());
        var ed25519 = V.SignedKeys.First(k => k.Scheme == "ED25519_SIGN");

        var valid = verifier.TryVerify(ed25519.Key, SignedKeyScheme.Ed25519Sign);
        var wrongScheme = verifier.TryVerify(ed25519.Key, SignedKeyScheme.Rsa2048JwtRs256);
        var forged = verifier.TryVerify(ed25519.Key.Replace("key/", "key/A", StringComparison.Ordinal), SignedKeyScheme.Ed25519Sign);

        Assert.Equal(ed25519.Dataset, valid.Value!.Dataset);
        Assert.Equal(VerificationFailureReason.MalformedInput, wrongScheme.FailureReason);
        Assert.NotNull(forged.FailureReason);
    }

    public static TheoryData<string, string?> SchemesByForm => new()
    {
        { "ED25519_SIGN", null },
        { "RSA_2048_PKCS1_SIGN_V2", null },
        { "RSA_2048_PKCS1_PSS_SIGN_V2", null },
        { "RSA_2048_PKCS1_PSS_SIGN_V2", "salt length 32" },
        { "RSA_2048_PKCS1_ENCRYPT", null },
        { "RSA_2048_JWT_RS256", null },
    };

    [Theory]
    [MemberData(nameof(SchemesByForm))]
    public void A_keys_scheme_is_told_from_its_form(string scheme, string? note)
    {
        var vector = V.SignedKeys.First(k => k.Scheme == scheme && k.Note == note);

        var verified = new SignedLicenseKeyVerifier(V.PublicKeys, V.ClockAt()).Verify(vector.Key);

        Assert.Equal(SignedKeySchemes.FromApiName(scheme), verified.Scheme);
        Assert.Equal(vector.Dataset, verified.Dataset);
    }

    [Theory]
    [InlineData("ABCD-EFGH-IJKL-MNOP", "not key/<dataset>.<signature>, a JWT or an RSA-2048 block")]
    [InlineData("key/eyJhIjoxfQ==.c2lnbmF0dXJl", "neither an Ed25519 nor an RSA-2048 signature")]
    [InlineData("", "not key/<dataset>.<signature>")]
    public void A_key_of_no_known_form_is_malformed(string key, string expected)
    {
        var outcome = new SignedLicenseKeyVerifier(V.PublicKeys, V.ClockAt()).TryVerify(key);

        Assert.Equal(VerificationFailureReason.MalformedInput, outcome.FailureReason);
        Assert.Contains(expected, outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rsa_signed_key_that_is_neither_padding_is_refused_as_forged()
    {
        var key = V.SignedKeys.First(k => k.Scheme == "RSA_2048_PKCS1_SIGN_V2").Key;
        var other = new KeygenPublicKeys(rsa: RsaPublicKey.Parse(V.Keys.OtherRsaPem));

        var outcome = new SignedLicenseKeyVerifier(other, V.ClockAt()).TryVerify(key);

        Assert.Equal(VerificationFailureReason.SignatureInvalid, outcome.FailureReason);
    }

    [Fact]
    public void A_signed_message_with_a_missing_part_is_refused_when_built()
    {
        var headers = new SignatureHeaders(null, null, null);

        Assert.Equal("Method", Assert.Throws<ArgumentNullException>(() => new SignedHttpMessage(null!, "/", "host", headers, default)).ParamName);
        Assert.Equal("RequestTarget", Assert.Throws<ArgumentNullException>(() => new SignedHttpMessage("GET", null!, "host", headers, default)).ParamName);
        Assert.Equal("Host", Assert.Throws<ArgumentNullException>(() => new SignedHttpMessage("GET", "/", null!, headers, default)).ParamName);
        Assert.Equal("Headers", Assert.Throws<ArgumentNullException>(() => new SignedHttpMessage("GET", "/", "host", null!, default)).ParamName);
        var message = new SignedHttpMessage("GET", "/", "host", headers, default);
        Assert.Throws<ArgumentNullException>(() => message with { Host = null! });
    }

    [Fact]
    public void A_relative_webhook_url_is_an_argument_error_that_does_not_echo_the_url()
    {
        var verifier = new KeygenWebhookVerifier(V.PublicKeys, V.ClockAt());
        var relative = new Uri("/webhooks?secret=s3cr3t", UriKind.Relative);

        var thrown = Assert.Throws<ArgumentException>(() => verifier.Verify(relative, V.Webhook.Message.Header, default));
        var tried = Assert.Throws<ArgumentException>(() => verifier.TryVerify(relative, V.Webhook.Message.Header, default));

        Assert.Equal("endpointUrl", thrown.ParamName);
        Assert.Contains("must be absolute", tried.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drift_as_long_as_timespan_allows_does_not_overflow_the_calendar()
    {
        var options = new KeygenVerificationOptions { TimeProvider = V.ClockAt().TimeProvider, MaxClockDrift = TimeSpan.MaxValue };

        var file = new LicenseFileReader(V.PublicKeys, options).TryReadLicenseFile(V.LicenseFile("license-issued-in-future").Certificate, V.LicenseKey);
        var jwt = new SignedLicenseKeyVerifier(V.PublicKeys, options).TryVerify(V.SignedKeys.First(k => k.Scheme == "RSA_2048_JWT_RS256").Key);

        Assert.True(file.IsValid, file.Message);
        Assert.True(jwt.IsValid, jwt.Message);
    }
}
