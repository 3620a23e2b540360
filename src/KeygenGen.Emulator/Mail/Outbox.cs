using System.Collections.Generic;

namespace Keygen.Emulator.Mail;

/// <summary>The emails an account's requests queued, oldest first; written and read under the account's lock.</summary>
internal sealed class Outbox
{
    private readonly List<SentMail> _mails = new();

    public IReadOnlyList<SentMail> All => _mails.ToArray();

    public void Add(SentMail mail) => _mails.Add(mail);
}
