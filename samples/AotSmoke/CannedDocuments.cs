using System.Globalization;
using System.Linq;

namespace AotSmoke;

/// <summary>Keygen documents shaped as the real API answers them (license resource, validation meta, keyset page).</summary>
internal static class CannedDocuments
{
    public const string PolicyId = "0b4b1a9a-e25a-4f14-a95e-d9dd378d6065";

    public static string LicenseId(int n) => string.Create(CultureInfo.InvariantCulture, $"6b7a4f2c-0000-4000-8000-{n:D12}");

    public static string LicenseKey(int n) => string.Create(CultureInfo.InvariantCulture, $"A1B2C3-D4E5F6-{n:D6}-V3");

    public static string License(int n) => $$"""
        {"id":"{{LicenseId(n)}}","type":"licenses",
         "attributes":{"name":"Seat {{n}}","key":"{{LicenseKey(n)}}","expiry":"2027-01-01T00:00:00.000Z","status":"ACTIVE",
           "uses":0,"suspended":false,"scheme":null,"encrypted":false,"strict":true,"floating":true,"protected":false,
           "version":null,"maxMachines":3,"maxProcesses":null,"maxUsers":null,"maxCores":null,"maxUses":null,
           "maxMemory":null,"maxDisk":null,"requireHeartbeat":false,"requireCheckIn":false,
           "lastValidated":null,"lastCheckIn":null,"nextCheckIn":null,"lastCheckOut":null,
           "permissions":["license.validate","machine.create"],"metadata":{"customerId":"cus_{{n}}"},
           "created":"2026-11-01T10:00:00.000Z","updated":"2026-11-01T10:00:00.000Z"},
         "relationships":{
           "account":{"links":{"related":"/v1/accounts/acme"},"data":{"type":"accounts","id":"a0a0a0a0-0000-4000-8000-000000000000"} },
           "environment":{"links":{"related":null},"data":null},
           "product":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/product"},"data":{"type":"products","id":"9a9a9a9a-0000-4000-8000-000000000000"} },
           "policy":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/policy"},"data":{"type":"policies","id":"{{PolicyId}}"} },
           "group":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/group"},"data":null},
           "owner":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/owner"},"data":null},
           "users":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/users"},"meta":{"count":0} },
           "machines":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/machines"},"meta":{"count":0,"cores":0,"memory":0,"disk":0} },
           "tokens":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/tokens"} },
           "entitlements":{"links":{"related":"/v1/accounts/acme/licenses/{{LicenseId(n)}}/entitlements"} } },
         "links":{"self":"/v1/accounts/acme/licenses/{{LicenseId(n)}}"} }
        """;

    public static string Validation() => $$"""
        {"data":{{License(1)}},
         "meta":{"ts":"2026-11-28T12:00:00.000Z","valid":true,"detail":"is valid","code":"VALID",
                 "scope":{"fingerprint":"fp-smoke"} } }
        """;

    public static string Page(int count) => $$"""
        {"data":[{{string.Join(",", Enumerable.Range(1, count).Select(License))}}],
         "links":{"self":"/v1/accounts/acme/licenses?page%5Bcursor%5D=&page%5Bsize%5D={{count}}","next":null} }
        """;
}
