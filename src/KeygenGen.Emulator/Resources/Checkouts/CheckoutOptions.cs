using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.Http.Query;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Signing;

namespace Keygen.Emulator.Resources.Checkouts;

/// <summary>
/// The options of a check-out, from the query string and (for <c>POST</c>) the body's <c>meta</c>, which wins.
/// Checked in Keygen's order: includes, TTL, algorithm (400 <c>CHECKOUT_*_INVALID</c>). Query values are coerced as
/// Keygen's typed_params coerces them: a boolean is true only for <c>1</c>, <c>true</c>, <c>t</c>, <c>yes</c>, <c>y</c>
/// (either case), an integer is Ruby's <c>to_i</c> (blank: none).
/// </summary>
internal sealed record CheckoutOptions(bool Encrypted, string Signing, long? Ttl, IReadOnlyList<string> Includes)
{
    public const string Encryption = "aes-256-gcm";
    public const string Encoding = "base64";

    /// <summary>Keygen's default lifetime, <c>1.month</c> in seconds.</summary>
    public const int DefaultTtl = 2629746;

    public const int MinimumTtl = 3600;

    private static readonly RequestSchema Body = new(Param.Object("meta",
        Param.Boolean("encrypt").Optional(),
        Param.String("algorithm").Blankable().Nullable().Optional(),
        Param.Integer("ttl").Nullable().Optional(),
        Param.StringArray("include").Blankable().Optional()).Optional());

    /// <summary>The file's <c>alg</c>, e.g. <c>aes-256-gcm+ed25519</c>.</summary>
    public string Algorithm => $"{(Encrypted ? Encryption : Encoding)}+{Signing}";

    public static CheckoutOptions Read(ApiRequest request, bool withBody, CheckoutKind kind, string? scheme)
    {
        var sent = Sent.FromQuery(request.Query);
        if (withBody)
        {
            sent = sent.Overridden(Fields.Of(request.Params(Body)).Child("meta"));
        }

        var includes = (sent.Include ?? []).Select(i => i == kind.RenamedInclude.Legacy ? kind.RenamedInclude.Current : i).Distinct().ToList();
        if (includes.Any(i => !kind.Includes.Contains(i)))
        {
            throw Invalid("invalid includes", "include", "CHECKOUT_INCLUDE_INVALID");
        }

        var ttl = sent.TtlSent ? sent.Ttl : DefaultTtl;
        if (ttl < MinimumTtl)
        {
            throw Invalid("must be greater than or equal to 3600 (1 hour)", "ttl", "CHECKOUT_TTL_INVALID");
        }

        var (encoding, signing) = string.IsNullOrWhiteSpace(sent.Algorithm)
            ? (sent.Encrypt == true ? Encryption : Encoding, DefaultSigning(scheme))
            : Split(sent.Algorithm);
        if (encoding is not (Encryption or Encoding))
        {
            throw Invalid("invalid encoding algorithm", "algorithm", "CHECKOUT_ALGORITHM_INVALID");
        }

        if (signing is null || !SignatureAlgorithms.All.Contains(signing))
        {
            throw Invalid("invalid signing algorithm", "algorithm", "CHECKOUT_ALGORITHM_INVALID");
        }

        return new CheckoutOptions(encoding == Encryption, signing, ttl, includes);
    }

    /// <summary>Without an algorithm, the signature follows the license's key scheme.</summary>
    private static string DefaultSigning(string? scheme) => scheme switch
    {
        "RSA_2048_PKCS1_PSS_SIGN_V2" or "RSA_2048_PKCS1_PSS_SIGN" => SignatureAlgorithms.RsaPssSha256,
        "RSA_2048_PKCS1_SIGN_V2" or "RSA_2048_PKCS1_SIGN" or "RSA_2048_PKCS1_ENCRYPT" or "RSA_2048_JWT_RS256" => SignatureAlgorithms.RsaSha256,
        "ECDSA_P256_SIGN" => SignatureAlgorithms.EcdsaP256,
        _ => SignatureAlgorithms.Ed25519,
    };

    private static (string Encoding, string? Signing) Split(string algorithm)
    {
        var plus = algorithm.IndexOf('+');
        return plus < 0 ? (algorithm, null) : (algorithm[..plus], algorithm[(plus + 1)..]);
    }

    private static ApiException Invalid(string detail, string parameter, string code) =>
        Errors.BadRequest(detail, ErrorSource.Parameter(parameter), code);

    private static readonly HashSet<string> Truthy = new(StringComparer.Ordinal) { "1", "true", "TRUE", "t", "T", "yes", "YES", "y", "Y" };

    /// <summary>What the request sent; <see cref="TtlSent"/> tells a <c>null</c> TTL (no expiry) from none (the default).</summary>
    private sealed record Sent(bool? Encrypt, string? Algorithm, bool TtlSent, long? Ttl, IReadOnlyList<string>? Include)
    {
        public static Sent FromQuery(QueryHash query) => new(
            Scalar(query, "encrypt", "boolean") is { } encrypt ? Truthy.Contains(encrypt) : null,
            Scalar(query, "algorithm", "string"),
            query.Get("ttl") is not null,
            Scalar(query, "ttl", "integer") is { } ttl && !string.IsNullOrWhiteSpace(ttl) ? RubyInteger(ttl) : null,
            query.Get("include") switch
            {
                QueryList list => list.Items.Select(item => item is QueryScalar scalar ? scalar.Value : throw Mismatch("include", "array", "string")).ToList(),
                QueryScalar { Value.Length: > 0 } scalar => scalar.Value.Split(','),
                _ => null,
            });

        public Sent Overridden(Fields meta) => new(
            meta.Has("encrypt") ? meta.Bool("encrypt") : Encrypt,
            meta.Has("algorithm") ? meta.String("algorithm") : Algorithm,
            TtlSent || meta.Has("ttl"),
            meta.Has("ttl") ? meta.Long("ttl") : Ttl,
            meta.Strings("include") ?? Include);

        /// <summary>A scalar query value; a list or hash where a scalar belongs is Keygen's 400 type mismatch.</summary>
        private static string? Scalar(QueryHash query, string name, string expected) => query.Get(name) switch
        {
            null => null,
            QueryScalar scalar => scalar.Value,
            var other => throw Mismatch(name, other is QueryList ? "array" : "hash", expected),
        };

        /// <summary>Ruby's <c>String#to_i</c>: leading blanks, a sign and the digits that follow; no digits is 0.</summary>
        private static long RubyInteger(string text)
        {
            var rest = text.AsSpan().TrimStart();
            var negative = rest.Length > 0 && rest[0] == '-';
            if (rest.Length > 0 && rest[0] is '-' or '+')
            {
                rest = rest[1..];
            }

            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            var value = digits == 0 ? 0 : long.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MaxValue;
            return negative ? -value : value;
        }

        private static ApiException Mismatch(string parameter, string received, string expected) =>
            Errors.BadRequest($"type mismatch (received {received} expected {expected})", ErrorSource.Parameter(parameter));
    }
}
