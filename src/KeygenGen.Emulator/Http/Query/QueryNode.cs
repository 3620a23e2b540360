using System.Collections.Generic;

namespace Keygen.Emulator.Http.Query;

/// <summary>A query-string value after Rack's nesting rules: a scalar, a list (<c>a[]=</c>) or a hash (<c>a[b]=</c>).</summary>
internal abstract record QueryNode;

internal sealed record QueryScalar(string Value) : QueryNode;

internal sealed record QueryList(List<QueryNode> Items) : QueryNode;

internal sealed record QueryHash(Dictionary<string, QueryNode> Members) : QueryNode
{
    public QueryHash()
        : this(new Dictionary<string, QueryNode>())
    {
    }

    public QueryNode? Get(string key) => Members.GetValueOrDefault(key);

    public string? Scalar(string key) => Get(key) is QueryScalar scalar ? scalar.Value : null;
}
