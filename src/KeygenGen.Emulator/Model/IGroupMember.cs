namespace Keygen.Emulator.Model;

/// <summary>A user, license or machine: each may belong to one group, within the group's limit for its kind.</summary>
internal interface IGroupMember
{
    Group? Group { get; set; }
}
