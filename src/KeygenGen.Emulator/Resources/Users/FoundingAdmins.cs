using System;
using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Users;

/// <summary>
/// Admins created inline with what they found, through <c>relationships.admins</c>: the first admins of a new account
/// (AccountsController) and of a new environment (EnvironmentsController), both <c>param :admins, as: :users</c> with
/// the same user attributes, and both made admins whatever role was sent.
/// </summary>
internal static class FoundingAdmins
{
    /// <summary>One item of <c>relationships.admins.data</c>.</summary>
    public static readonly Param Item = Param.Object(string.Empty,
        RequestSchema.TypeOf("user", "users"),
        Param.Object("attributes",
            Param.String("email"),
            Param.String("password").Blankable().Nullable().Optional(),
            Param.String("firstName").Blankable().Nullable().Optional(),
            Param.String("lastName").Blankable().Nullable().Optional(),
            Param.FreeObject("metadata").Optional(),

            // Founders are always admins: Keygen takes "admin" here and ignores it, and refuses any other role.
            Param.String("role").In("admin").Optional()),

        // A founding admin can relate to nothing yet: only an empty object is taken.
        Param.Object("relationships").Optional());

    /// <summary>
    /// Validates every founding admin, then adds them all to <paramref name="environment"/> (null: global), so an
    /// invalid one leaves none behind. Every admin is checked before any error is answered, each error pointing at its
    /// admin: Keygen validates the nested users together and names them by index (<c>USERS_EMAIL_INVALID</c> at
    /// <c>/data/relationships/admins/data/1/attributes/email</c>). More than <paramref name="limit"/> is Keygen's
    /// nested-attributes <c>TooManyRecords</c>, "too many records".
    /// </summary>
    public static void Add(AccountState account, IReadOnlyList<Fields> admins, DateTimeOffset now, KeygenEnvironment? environment, ValidationErrors errors, int? limit = null)
    {
        if (admins.Count > limit)
        {
            throw Errors.Unprocessable("too many records");
        }

        var users = admins.Select((admin, i) => Admin(account, admin.Child("attributes"), now, environment, errors.Item("admins", i, "users"))).ToList();
        errors.ThrowIfAny();
        foreach (var user in users)
        {
            account.Table<User>().Add(user);
        }
    }

    private static User Admin(AccountState account, Fields attributes, DateTimeOffset now, KeygenEnvironment? environment, ValidationErrors errors)
    {
        var password = attributes.String("password");
        var admin = new User(Guid.NewGuid(), now, attributes.String("email")!.ToLowerInvariant())
        {
            Role = Role.Admin,
            FirstName = attributes.String("firstName"),
            LastName = attributes.String("lastName"),
            Metadata = attributes.Object("metadata") ?? new(),
            Environment = environment,
        };
        UserRules.Check(errors, account, admin, string.IsNullOrEmpty(password) ? null : password);
        admin.Password = string.IsNullOrEmpty(password) ? null : PasswordHash.Create(password);
        return admin;
    }
}
