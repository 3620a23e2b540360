using Keygen.Emulator.JsonApi;
using Keygen.Emulator.JsonApi.Params;

namespace Keygen.Emulator.Resources.Common;

/// <summary>
/// Users, licenses and machines accept a <c>group</c> relationship. The emulator has no groups yet, so a linkage
/// can only name a group that does not exist: Keygen's 422 <c>GROUP_NOT_FOUND</c> "must exist". <c>null</c> is fine.
/// </summary>
internal static class Groups
{
    public static void RejectLinkage(Fields data, string topic, string model)
    {
        if (data.LinkageId("group") is not null)
        {
            throw ValidationErrors.MissingRelationship(topic, model, "group");
        }
    }
}
