using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Acceptance.Running;
using Keygen.Emulator.Seeding;

namespace Keygen.Acceptance.Steps;

/// <summary>
/// Accounts and their state (<c>resource_steps.rb</c>, <c>billing_steps.rb</c>): which account and environment are
/// current, accounts made or changed, their plan's limits, their billing (or none), its state, card and coupons, their daily request count.
/// </summary>
internal static class AccountSteps
{
    private const string Family = "accounts";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"the current account is ""([^""]*)""", (world, args) => world.Account = world.AccountNamed(args[1]));
        steps.Add(Family, @"the current environment is ""([^""]*)""", (world, args) =>
        {
            var environment = world.Account.List("environments").FirstOrDefault(e => e.Id == args[1] || e["code"]?.GetValue<string>() == args[1])
                ?? throw new InvalidOperationException($"No environment '{args[1]}'.");
            world.Environment = environment;
            world.Account.CurrentEnvironment = environment;
        });
        steps.Add(Family, @"there exists an(?:other)? account ""([^""]*)""", (world, args) => world.Data.CreateAccount(args[1]));
        steps.Add(Family, @"the account ""([^""]*)"" has the following attributes:", (world, args) =>
            world.AccountNamed(args[1]).UpdateAccount(Attributes.FromJson(world, args.DocString)));
        steps.Add(Family, "the current account has the following attributes:", (world, args) =>
            world.Account.UpdateAccount(Attributes.FromJson(world, args.DocString)));

        steps.Add(Family, @"the account ""([^""]*)"" has a max (\w+) limit of (\d+)", (world, args) =>
        {
            var account = world.AccountNamed(args[1]);
            world.Data.UpdatePlan(world.Data.PlanOf(account), new Dictionary<string, object?> { ["max_" + Plural(args[2])] = args.Int(3) });
        });
        steps.Add(Family, @"the account ""([^""]*)"" is on a free tier", (world, args) =>
            world.Data.UpdatePlan(world.Data.PlanOf(world.AccountNamed(args[1])), new Dictionary<string, object?> { ["price"] = 0 }));
        steps.Add(Family, @"the account ""([^""]*)"" (does|does not) have a card on file", (world, args) =>
            Card(world.AccountNamed(args[1]), args[2] == "does", world));
        steps.Add(Family, "the account (does|does not) have a card on file", (world, args) => Card(world.Account, args[1] == "does", world));
        steps.Add(Family, @"the account ""([^""]*)"" is (\w+)", (world, args) =>
        {
            var account = world.AccountNamed(args[1]);
            account.Update(account.List("billing")[0], new Dictionary<string, object?> { ["state"] = args[2] switch
            {
                "active" => "subscribed",
                var state => state,
            } });
        });
        // Keygen's step writes a billion into the account's daily request count.
        steps.Add(Family, @"the account ""([^""]*)"" has exceeded its daily request limit", (world, args) =>
            world.AccountNamed(args[1]).DailyRequestCount = 1_000_000_000);
        steps.Add(Family, @"the account ""([^""]*)"" has its billing uninitialized", (world, args) =>
        {
            var account = world.AccountNamed(args[1]);
            foreach (var billing in account.List("billing"))
            {
                account.Delete(billing);
            }
        });
        // Keygen's step makes the coupon in its Stripe mock.
        steps.Add(Family, "I have a valid coupon", (world, _) => world.Data.CreateCoupon("COUPON_CODE"));
        // Keygen's step stubs nothing for a valid payment token: the default card is valid.
        steps.Add(Family, "I have a valid payment token", (_, _) => { });
    }

    private static void Card(AccountData account, bool present, ScenarioWorld world) =>
        account.Update(account.List("billing")[0], new Dictionary<string, object?>
        {
            ["cardBrand"] = present ? "Visa" : null,
            ["cardLast4"] = present ? "4242" : null,
            ["cardExpiry"] = present ? world.Now.AddYears(2) : null,
        });

    private static string Plural(string resource) => resource.EndsWith('y') ? resource[..^1] + "ies" : resource.TrimEnd('s') + "s";
}
