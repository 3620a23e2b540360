using System;

namespace Keygen.Emulator.JsonApi;

/// <summary>The relative URLs Keygen puts in <c>links</c>: always under the account's UUID.</summary>
internal static class Links
{
    public static string Account(Guid account) => $"/v1/accounts/{account}";

    public static string Collection(Guid account, string collection) => $"{Account(account)}/{collection}";

    public static string Resource(Guid account, string collection, Guid id) => $"{Collection(account, collection)}/{id}";

    public static string Related(Guid account, string collection, Guid id, string relationship) => $"{Resource(account, collection, id)}/{relationship}";
}
