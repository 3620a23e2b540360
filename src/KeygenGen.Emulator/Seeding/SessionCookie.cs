namespace Keygen.Emulator.Seeding;

/// <summary>
/// The cookie that presents a session, made by <see cref="AccountData.SessionCookie"/>: send it as
/// <c>Cookie: Name=Value</c> with <c>Origin: https://portal.keygen.sh</c> (the only origin Keygen accepts sessions from).
/// </summary>
/// <param name="Name"><c>session_id</c>, or <c>session_id.&lt;environment id&gt;</c> for an environment's session.</param>
/// <param name="Value">The session id, encrypted with the account's cookie key.</param>
public sealed record SessionCookie(string Name, string Value);
