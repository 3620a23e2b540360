using System;
using System.Text;
using System.Text.RegularExpressions;
using Keygen.Signatures;

namespace Keygen.Licensing;

/// <summary>
/// The armoured form of a license or machine file: base64 of <c>{"enc", "sig", "alg"}</c> between
/// <c>-----BEGIN LICENSE FILE-----</c> and <c>-----END LICENSE FILE-----</c> (or <c>MACHINE FILE</c>).
/// Parsing tolerates CRLF line ends, indentation and blank lines; it does not verify anything.
/// </summary>
public sealed partial class LicenseFileCertificate
{
    private LicenseFileCertificate(LicenseFileKind kind, string algorithm, string encoded, byte[] signature)
    {
        Kind = kind;
        Algorithm = algorithm;
        Encoded = encoded;
        Signature = signature;
    }

    /// <summary>License file or machine file, from the armour.</summary>
    public LicenseFileKind Kind { get; }

    /// <summary>The <c>alg</c> field, e.g. <c>aes-256-gcm+ed25519</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The <c>enc</c> field: the (possibly encrypted) dataset, exactly as signed.</summary>
    internal string Encoded { get; }

    /// <summary>The decoded <c>sig</c> field.</summary>
    internal byte[] Signature { get; }

    /// <summary>The bytes the signature covers: <c>license/</c> or <c>machine/</c> followed by <c>enc</c>.</summary>
    internal byte[] SignedData => Encoding.UTF8.GetBytes((Kind == LicenseFileKind.License ? "license/" : "machine/") + Encoded);

    /// <summary>Reads the armour and the JSON inside it.</summary>
    /// <param name="text">The certificate text, e.g. the contents of a <c>.lic</c> file.</param>
    /// <exception cref="LicenseFileException">The text is not a license or machine file (<see cref="VerificationFailureReason.MalformedInput"/>).</exception>
    public static LicenseFileCertificate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Armour().Match(text);
        if (!match.Success)
        {
            throw Malformed("expected -----BEGIN LICENSE FILE----- (or MACHINE FILE) … -----END … FILE-----");
        }

        var payload = Encodings.FromBase64(WhiteSpace().Replace(match.Groups["body"].Value, string.Empty))
            ?? throw Malformed("the armoured body is not base64");
        var json = JsonReading.ParseObject(payload) ?? throw Malformed("the armoured body is not a JSON object");
        var encoded = json.StringAt("enc") ?? throw Malformed("the \"enc\" field is missing");
        var signature = json.StringAt("sig") is { } sig ? Encodings.FromBase64(sig) : null;
        var algorithm = json.StringAt("alg") ?? throw Malformed("the \"alg\" field is missing");
        var kind = match.Groups["kind"].Value == "LICENSE" ? LicenseFileKind.License : LicenseFileKind.Machine;
        return new LicenseFileCertificate(kind, algorithm, encoded, signature ?? throw Malformed("the \"sig\" field is missing or not base64"));
    }

    internal static LicenseFileException Malformed(string why) => new(VerificationFailureReason.MalformedInput, $"Not a valid license file: {why}.");

    private const string ArmourPattern = @"\A\s*-----BEGIN (?<kind>LICENSE|MACHINE) FILE-----(?<body>[A-Za-z0-9+/=\s]*)-----END \k<kind> FILE-----\s*\z";
    private const string WhiteSpacePattern = @"\s+";

#if LEGACY_TARGET
    // No regex source generator before .NET 7: compiled once, on first use.
    private static readonly Regex ArmourRegex = new(ArmourPattern, RegexOptions.Compiled);
    private static readonly Regex WhiteSpaceRegex = new(WhiteSpacePattern, RegexOptions.Compiled);

    private static Regex Armour() => ArmourRegex;

    private static Regex WhiteSpace() => WhiteSpaceRegex;
#else
    [GeneratedRegex(ArmourPattern)]
    private static partial Regex Armour();

    [GeneratedRegex(WhiteSpacePattern)]
    private static partial Regex WhiteSpace();
#endif
}
