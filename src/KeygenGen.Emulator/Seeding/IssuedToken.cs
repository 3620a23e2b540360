namespace Keygen.Emulator.Seeding;

/// <summary>A token made or renewed by <see cref="AccountData.TokenFor"/>: the stored token and its secret, which only this holds.</summary>
/// <param name="Token">The <c>tokens</c> resource.</param>
/// <param name="Secret">The bearer token to send (<c>Authorization: Bearer …</c>).</param>
public sealed record IssuedToken(DataRecord Token, string Secret);
