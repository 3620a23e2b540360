using System;
using System.Linq;
using System.Security.Cryptography;
using Keygen.Emulator.Model;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Mail;

/// <summary>
/// The emails Keygen's API queues (app/mailers), with the recipient, subject and secret Keygen gives them, put in the
/// account's <see cref="Outbox"/> instead of a mail queue.
/// </summary>
internal static class Mailers
{
    /// <summary>
    /// <c>UserMailer.password_reset</c> (PasswordResettable#send_password_reset_email), queued for delivery at once; its
    /// subject asks to set a password when the user has none yet.
    /// </summary>
    public static void PasswordReset(AccountState account, User user, string token)
    {
        var (name, now) = (account.Account.Name, account.Now);
        var subject = user.Password is null
            ? $"Set a password for your {name} account"
            : $"Password reset requested for your {name} account";
        account.Outbox.Add(new SentMail("UserMailer", "password_reset", account.Account.Id.ToString(), user.Email, subject, token, now, now));
    }

    /// <summary>
    /// <c>PlaintextMailer.prompt_for_first_impression</c> (Welcomeable, after a Keygen Cloud sign-up), to the founding
    /// (last) admin, queued for 2 to 5 days later; not sent when any admin's address is at a free or disposable mail
    /// service.
    /// </summary>
    public static void PromptForFirstImpression(AccountState account, Func<string, bool> isFreeOrDisposableEmail)
    {
        var admins = account.Table<User>().All.Where(u => u.Role == Role.Admin).ToList();
        if (admins.Count == 0 || admins.Any(a => isFreeOrDisposableEmail(a.Email)))
        {
            return;
        }

        var now = account.Now;
        var wait = TimeSpan.FromDays(RandomNumberGenerator.GetInt32(2, 6));
        account.Outbox.Add(new SentMail("PlaintextMailer", "prompt_for_first_impression", account.Account.Id.ToString(), admins[^1].Email, "What are you working on?", null, now, now + wait));
    }
}
