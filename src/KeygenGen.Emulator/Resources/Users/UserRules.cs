using System;
using System.Linq;
using System.Text;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;
using Keygen.Emulator.Resources.Common;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Users;

/// <summary>Keygen's User model validations.</summary>
internal static class UserRules
{
    public static void Validate(AccountState account, User user, string? newPassword)
    {
        var errors = new ValidationErrors("users", "user");
        Check(errors, account, user, newPassword);
        errors.ThrowIfAny();
    }

    /// <summary>The user's rules, written into <paramref name="errors"/> (an account's sign-up checks all its admins at once).</summary>
    public static void Check(ValidationErrors errors, AccountState account, User user, string? newPassword)
    {
        if (!EmailAddresses.IsValid(user.Email))
        {
            errors.Attribute("email", "INVALID", "is invalid");
        }
        else if (account.Table<User>().All.Any(u => u != user && string.Equals(u.Email, user.Email, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Attribute("email", "TAKEN", "has already been taken");
        }

        CheckLength(errors, "email", user.Email, 255);
        CheckLength(errors, "firstName", user.FirstName, 255);
        CheckLength(errors, "lastName", user.LastName, 255);
        MetadataRules.Check(errors, user.Metadata);
        if (newPassword is not null)
        {
            CheckPassword(errors, "password", newPassword);
        }
    }

    /// <summary>Passwords are 6 to 72 bytes (bcrypt's limit).</summary>
    public static void CheckPassword(ValidationErrors errors, string attribute, string password)
    {
        if (password.Length < 6)
        {
            errors.Attribute(attribute, "TOO_SHORT", "is too short (minimum is 6 characters)");
        }
        else if (Encoding.UTF8.GetByteCount(password) > 72)
        {
            errors.Attribute(attribute, "TOO_LONG", "is too long (maximum is 72 characters)");
        }
    }

    /// <summary>The account must keep an admin: the last one can be neither deleted nor demoted.</summary>
    public static void KeepAnAdmin(AccountState account, User user)
    {
        // The account's admins in every environment: a global admin counts in an isolated one.
        if (!account.Table<User>().Everywhere.Any(u => u != user && u.Role == Role.Admin))
        {
            new ValidationErrors("users", "user")
                .Relationship("account", "ADMINS_REQUIRED", "account must have at least 1 admin user")
                .ThrowIfAny();
        }
    }

    private static void CheckLength(ValidationErrors errors, string attribute, string? value, int maximum)
    {
        if (value?.Length > maximum)
        {
            errors.Attribute(attribute, "TOO_LONG", $"is too long (maximum is {maximum} characters)");
        }
    }
}
