using System.Collections.Generic;
using System.Linq;
using Keygen.Emulator.Http;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Paging;
using Keygen.Emulator.State;

namespace Keygen.Emulator.Resources.Common;

/// <summary>A paginated list response of already filtered rows.</summary>
internal static class Listing
{
    public static ApiResult Of<T>(ApiRequest request, IEnumerable<T> rows, bool counted = true)
        where T : Entity
    {
        var (page, links) = Paginator.Paginate(request, rows, counted);
        return ApiResult.Ok(Documents.List(page.Select(request.Render), links));
    }

    public static ApiResult One(ApiRequest request, object entity) => ApiResult.Ok(Documents.Single(request.Render(entity)));

    /// <summary>A to-one relationship that may be empty (<c>{ "data": null }</c>), e.g. a license without an owner.</summary>
    public static ApiResult OneOrNull(ApiRequest request, object? entity) =>
        ApiResult.Ok(Documents.Single(entity is null ? null : request.Render(entity)));

    /// <summary>Rows answered without paging, e.g. the join resources an attach created.</summary>
    public static ApiResult All(ApiRequest request, IEnumerable<object> rows) => ApiResult.Ok(Documents.List(rows.Select(request.Render), null));

    public static ApiResult Created<T>(ApiRequest request, T entity, string collection)
        where T : Entity =>
        ApiResult.Created(
            Documents.Single(request.Render(entity)),
            request.AbsoluteUrl(Links.Resource(request.Account.Account.Id, collection, entity.Id)));
}
