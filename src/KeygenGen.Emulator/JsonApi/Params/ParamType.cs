namespace Keygen.Emulator.JsonApi.Params;

/// <summary>The value types a request parameter can declare (typed_params' types as Keygen uses them).</summary>
internal enum ParamType
{
    String,
    Integer,
    Boolean,
    Object,
    Array,

    /// <summary>A string holding a UUID.</summary>
    Uuid,

    /// <summary>A string holding an ISO-8601 time.</summary>
    Time,

    /// <summary>Any JSON value but null (typed_params' <c>:any</c>); the model judges it.</summary>
    Any,
}
