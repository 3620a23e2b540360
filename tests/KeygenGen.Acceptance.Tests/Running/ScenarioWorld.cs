using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Acceptance.Steps;
using Keygen.Acceptance.Suite;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Running;

/// <summary>
/// What one scenario's steps share, like Cucumber's World: the current account, bearer, token and environment, the
/// headers to send, the values put aside for placeholders (<c>@crypt</c>), the last exchange and every exchange.
/// </summary>
internal sealed class ScenarioWorld
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 0, ["second"] = 1, ["third"] = 2, ["fourth"] = 3, ["fifth"] = 4,
        ["sixth"] = 5, ["seventh"] = 6, ["eighth"] = 7, ["ninth"] = 8, ["last"] = -1,
    };

    private AccountData? _account;

    public ScenarioWorld(ReplayScenario scenario, EmulatorWorker worker)
    {
        Scenario = scenario;
        Worker = worker;
        ApiPrefix = ApiPrefixOf(scenario.Tags);
        Http = new HttpExchanges(this);
    }

    public ReplayScenario Scenario { get; }

    public EmulatorWorker Worker { get; }

    public EmulatorData Data => Worker.Emulator.Data;

    public ReplayClock Clock => Worker.Clock;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The path segment every request path is put under (<c>v1</c>; <c>-</c> for the private API).</summary>
    public string ApiPrefix { get; }

    public HttpExchanges Http { get; }

    /// <summary>The current account ("the current account is …"); a step that needs one fails without it.</summary>
    public AccountData Account
    {
        get => _account ?? throw new InvalidOperationException("No current account: the scenario has not said which account is current.");
        set => _account = value;
    }

    public bool HasAccount => _account is not null;

    /// <summary>Who the scenario acts as ("I am an admin of …"); null for anonymous.</summary>
    public DataRecord? Bearer { get; set; }

    /// <summary>The account <see cref="Bearer"/> belongs to.</summary>
    public AccountData? BearerAccount { get; set; }

    /// <summary>The token made by "I use an authentication token".</summary>
    public IssuedToken? Token { get; set; }

    /// <summary>The current environment ("the current environment is …").</summary>
    public DataRecord? Environment { get; set; }

    /// <summary>The request headers steps have set, sent with every request; a null value removes a header.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Values put aside for placeholders (<c>$crypt[0]</c>, <c>$token</c>): seeded records or raw secrets.</summary>
    public List<object> Crypt { get; } = new();

    /// <summary>The last second factor a step made, whose current code is <c>$otp</c>.</summary>
    public DataRecord? SecondFactor { get; set; }

    /// <summary>The suite's accounts, oldest first (the emulator's own host account is not one of them).</summary>
    public IReadOnlyList<AccountData> Accounts => Data.Accounts.Where(a => a.Slug != EmulatorWorker.HostAccount).ToList();

    /// <summary>An account by id or slug (Keygen's <c>FindByAliasService</c>); a step fails when there is none.</summary>
    public AccountData AccountNamed(string idOrSlug) =>
        Accounts.FirstOrDefault(a => string.Equals(a.Id, idOrSlug, StringComparison.OrdinalIgnoreCase) || a.Slug == idOrSlug)
        ?? throw new InvalidOperationException($"No account '{idOrSlug}'.");

    /// <summary>The index an ordinal word or number names in a list of <paramref name="count"/> items (<c>last</c> is the last).</summary>
    public static int IndexOf(string ordinal, int count)
    {
        var index = Ordinals.TryGetValue(ordinal, out var named) ? named : int.Parse(ordinal, System.Globalization.CultureInfo.InvariantCulture);
        return index < 0 ? count + index : index;
    }

    /// <summary>The item at an ordinal word or number (negative counts from the end); a step fails when there is none.</summary>
    public static T Pick<T>(IReadOnlyList<T> items, string ordinal, string what)
    {
        var index = IndexOf(ordinal, items.Count);
        return index >= 0 && index < items.Count ? items[index]
            : throw new InvalidOperationException($"There is no {ordinal} {what} (there are {items.Count}).");
    }

    /// <summary>The item at an ordinal, or null when there is none (Ruby's <c>.last</c> of an empty relation).</summary>
    public static T? PickOrDefault<T>(IReadOnlyList<T> items, string ordinal)
        where T : class
    {
        var index = IndexOf(ordinal, items.Count);
        return index >= 0 && index < items.Count ? items[index] : null;
    }

    /// <summary>
    /// The resources a name of the suite denotes in the current account, oldest first: any factory name, plural or
    /// singular (<c>licenses</c>, <c>webhook_endpoints</c>, <c>components</c>, <c>owners</c> for group owners, <c>pool</c>
    /// for pooled keys).
    /// </summary>
    public IReadOnlyList<DataRecord> Records(string name) => Records(Account, name);

    public static IReadOnlyList<DataRecord> Records(AccountData account, string name) => account.List(name switch
    {
        "pool" => "keys",
        "owners" => "group-owners",
        _ => name,
    });

    /// <summary>Seeds through the emulator's data surface.</summary>
    public static IReadOnlyList<DataRecord> Create(AccountData account, string name, int count, IReadOnlyList<string> traits, IReadOnlyDictionary<string, object?>? attributes = null) =>
        account.Create(name, count, traits, attributes);

    public DataRecord Create(string name, IReadOnlyList<string> traits, IReadOnlyDictionary<string, object?>? attributes = null) =>
        Create(Account, name, 1, traits, attributes)[0];

    /// <summary>Changes a stored resource through the data surface.</summary>
    public void Update(AccountData account, DataRecord record, IReadOnlyDictionary<string, object?> attributes) =>
        account.Update(record, attributes);


    private static string ApiPrefixOf(IReadOnlyList<string> tags)
    {
        foreach (var tag in tags)
        {
            if (tag == "@api/priv")
            {
                return "-";
            }

            if (tag.StartsWith("@api/v", StringComparison.Ordinal))
            {
                return "v" + tag["@api/v".Length..].Split('.')[0];
            }
        }

        return "v1";
    }
}
