namespace Keygen.Emulator.Http;

/// <summary>
/// An endpoint's logic. It runs synchronously while the account lock is held, so it can read and change the account
/// freely; it answers with a document or throws an <see cref="ApiException"/>.
/// </summary>
internal delegate ApiResult Handler(ApiRequest request);
