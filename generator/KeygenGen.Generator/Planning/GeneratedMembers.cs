using System;
using System.Collections.Generic;
using System.Linq;

namespace KeygenGen.Generator.Planning;

/// <summary>
/// The members each kind of generated type declares besides those the schema names, which a schema name must not take
/// (KGEN0010, <see cref="NameCheck"/>). Keep them in step with the emitters (Emitting/): a member an emitter adds is a
/// name here.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>Members every type has; a property of one of these names would hide the inherited one.</summary>
    private static readonly string[] s_object = { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ToString" };

    /// <summary>An enum struct's, besides one static property per value.</summary>
    public static NameSet Enum { get; } = new(s_object.Concat(new[] { "Value", "IsKnown", "Read" }));

    /// <summary>An object class's: <c>WithData</c> only when a property takes the response data.</summary>
    public static NameSet Object { get; } = new(s_object);

    /// <summary>A resource model's, besides its attributes (the timestamps are attributes too), relationships and meta.</summary>
    public static NameSet Resource { get; } = new(s_object.Concat(new[] { "Id", "JsonApiType", "SelfLink" }));

    /// <summary>
    /// A union class's, besides one property per member resource: <c>Match</c>'s type parameter and its last parameter
    /// (<c>unknown</c>, the camelCase form a member <c>Unknown</c> would take) included.
    /// </summary>
    public static NameSet Union { get; } = new(s_object.Concat(new[] { "Type", "Id", "Resource", "UnknownJson", "Match", "Unknown", "TResult" }));

    /// <summary>A request class's, besides its properties; a paging operation's request adds <see cref="PagingMembers"/>.</summary>
    public static NameSet Request { get; } = new(s_object.Concat(new[] { "AddQuery", "WriteBody", "WriteResource" }));

    /// <summary>
    /// The static class of event kinds (<c>KeygenEvents</c>, <c>KeygenExtensionEvents</c>), besides one property per event:
    /// only what it inherits, which a property of that name would hide (CS0108).
    /// </summary>
    public static NameSet Events { get; } = new(s_object.Append("ReferenceEquals"));

    /// <summary>The properties a paging operation's request class has without declaring them.</summary>
    public static NameSet PagingMembers { get; } = new(new[] { "PageSize", "PageNumber", "Limit" });

    /// <summary>The member of an object class that sets the property taken from the response data.</summary>
    public const string WithData = "WithData";

    /// <summary>
    /// What a client method's own parameters and locals are named, which a path parameter's argument must not be: the
    /// request, list and cancellation parameters, an extension's receiver, and the body's locals.
    /// </summary>
    public static NameSet MethodNames { get; } = new(new[]
    {
        CSharpNames.RequestParameter, CSharpNames.ItemsParameter, CSharpNames.CancellationTokenParameter, CSharpNames.ExtensionReceiver,
        CSharpNames.MethodLocals.Query, CSharpNames.MethodLocals.KeygenRequest, CSharpNames.MethodLocals.KeygenResponse,
        CSharpNames.MethodLocals.Data, CSharpNames.MethodLocals.Meta, CSharpNames.MethodLocals.Page, CSharpNames.MethodLocals.Link,
        CSharpNames.MethodLocals.CancellationToken,
    });

    /// <summary>A read-only set of names, compared ordinally (C# names are case-sensitive).</summary>
    internal sealed class NameSet
    {
        private readonly HashSet<string> _names;

        public NameSet(IEnumerable<string> names) => _names = new HashSet<string>(names, StringComparer.Ordinal);

        public bool Contains(string name) => _names.Contains(name);

        /// <summary>These names and <paramref name="more"/>.</summary>
        public NameSet With(IEnumerable<string> more) => new(_names.Concat(more));

        /// <inheritdoc cref="With(IEnumerable{string})"/>
        public NameSet With(string more) => With(new[] { more });

        public IEnumerable<string> Names => _names;
    }
}
