using System;

namespace Keygen.Emulator.Mail;

/// <summary>
/// One email Keygen would have queued for delivery (an ActionMailer job on its <c>mailers</c> queue); the emulator keeps
/// it in its outbox instead of sending it, so a test can read what a user would have received.
/// </summary>
/// <param name="Mailer">Keygen's mailer class, e.g. <c>UserMailer</c>.</param>
/// <param name="Kind">The mailer's action, as Keygen's job names it: <c>password_reset</c>, <c>prompt_for_first_impression</c>.</param>
/// <param name="AccountId">The account the email is about.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line Keygen writes.</param>
/// <param name="Token">
/// The secret the email carries, where it carries one: for <c>password_reset</c>, the token that
/// <c>POST /users/{id}/actions/reset-password</c> takes as <c>meta.passwordResetToken</c>; otherwise null.
/// </param>
/// <param name="QueuedAt">When the request queued it (the emulator's clock).</param>
/// <param name="DeliverAt">When Keygen's queue would deliver it: at once, or later for a delayed email.</param>
public sealed record SentMail(
    string Mailer,
    string Kind,
    string AccountId,
    string To,
    string Subject,
    string? Token,
    DateTimeOffset QueuedAt,
    DateTimeOffset DeliverAt);
