using System.Collections.Generic;

namespace Keygen.Emulator.JsonApi.Params;

/// <summary>The whole body a request may send: the top-level parameters (<c>data</c>, <c>meta</c>).</summary>
internal sealed class RequestSchema
{
    public RequestSchema(params Param[] parameters)
    {
        Root = new Param(string.Empty, ParamType.Object) { Children = parameters };
    }

    public Param Root { get; }

    /// <summary>The JSON:API envelope of a create/update: <c>{ data: { type, id?, attributes, relationships } }</c>.</summary>
    public static RequestSchema Resource(Param type, IEnumerable<Param> dataMembers)
    {
        var members = new List<Param> { type };
        members.AddRange(dataMembers);
        return new RequestSchema(Param.Object("data", members.ToArray()));
    }

    /// <summary>A <c>type</c> parameter accepting the singular and plural spellings (<c>license</c>/<c>licenses</c>).</summary>
    public static Param TypeOf(params string[] spellings) => Param.String("type").In(spellings);

    /// <summary>The body of a to-one relationship change (<c>PATCH …/owner</c>): <c>{ data: { type, id } }</c>, or <c>{ data: null }</c> when nullable.</summary>
    public static RequestSchema Linkage(bool nullable, params string[] typeSpellings)
    {
        var data = Param.Object("data", TypeOf(typeSpellings), Param.Uuid("id"));
        return new RequestSchema(nullable ? data.Nullable() : data);
    }

    /// <summary>A to-one relationship: <c>{ name: { data: { type, id } } }</c>.</summary>
    public static Param Relationship(string name, bool nullable, params string[] typeSpellings)
    {
        var data = Param.Object("data", TypeOf(typeSpellings), Param.Uuid("id"));
        return Param.Object(name, nullable ? data.Nullable() : data);
    }
}
