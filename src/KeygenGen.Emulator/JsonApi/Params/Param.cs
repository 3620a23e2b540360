using System;
using System.Collections.Generic;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.JsonApi.Params;

/// <summary>
/// One declared request parameter. Declarations are strict like Keygen's typed_params: any key not declared (or
/// declared with a condition the caller does not meet) is a 400 "unpermitted parameter" pointing at it.
/// </summary>
internal sealed record Param(string Name, ParamType Type)
{
    public bool IsOptional { get; init; }

    public bool AllowsNull { get; init; }

    public bool AllowsBlank { get; init; }

    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>When set, the parameter exists only for requests meeting it (e.g. privileged bearers).</summary>
    public Func<ApiRequest, bool>? Condition { get; init; }

    public IReadOnlyList<Param>? Children { get; init; }

    /// <summary>The schema every element of an array parameter must match.</summary>
    public Param? Items { get; init; }

    /// <summary>The deepest nesting a free-form object (metadata) may have.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The inclusive bounds on an array parameter's length, e.g. 1..100 items to attach.</summary>
    public (int Minimum, int Maximum)? Length { get; init; }

    public static Param String(string name) => new(name, ParamType.String);

    public static Param Integer(string name) => new(name, ParamType.Integer);

    public static Param Boolean(string name) => new(name, ParamType.Boolean);

    public static Param Uuid(string name) => new(name, ParamType.Uuid);

    public static Param Time(string name) => new(name, ParamType.Time);

    public static Param Object(string name, params Param[] children) => new(name, ParamType.Object) { Children = children };

    /// <summary>An object of any keys (metadata), at most two levels deep like Keygen's.</summary>
    public static Param FreeObject(string name) => new(name, ParamType.Object) { MaxDepth = 2, AllowsBlank = true };

    /// <summary>Any value but null, unchecked here: typed_params' <c>:any</c>, left to the model's validation.</summary>
    public static Param Any(string name) => new(name, ParamType.Any);

    public static Param StringArray(string name) => new(name, ParamType.Array) { Items = String(string.Empty) };

    public static Param ArrayOf(string name, Param items) => new(name, ParamType.Array) { Items = items };

    public Param LengthBetween(int minimum, int maximum) => this with { Length = (minimum, maximum) };

    public Param Optional() => this with { IsOptional = true };

    public Param Nullable() => this with { AllowsNull = true };

    public Param Blankable() => this with { AllowsBlank = true };

    public Param In(params string[] values) => this with { AllowedValues = values };

    public Param When(Func<ApiRequest, bool> condition) => this with { Condition = condition };

    public bool AppliesTo(ApiRequest request) => Condition is null || Condition(request);
}
