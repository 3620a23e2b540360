using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Processes;

/// <summary>The body <c>POST /processes</c> accepts.</summary>
internal static class ProcessSchemas
{
    public static readonly RequestSchema Create = RequestSchema.Resource(RequestSchema.TypeOf("process", "processes"),
    [
        Param.Object("attributes",
            Param.String("pid"),
            Param.FreeObject("metadata").Optional()),
        Param.Object("relationships",
            RequestSchema.Relationship("machine", false, "machine", "machines")),
    ]);
}
