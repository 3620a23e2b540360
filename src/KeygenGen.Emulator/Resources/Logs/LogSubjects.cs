using System;
using Keygen.Emulator.JsonApi;
using Keygen.Emulator.Model;

namespace Keygen.Emulator.Resources.Logs;

/// <summary>Renders a log's polymorphic relationship (requestor, whodunnit, resource) as linkage, or null linkage.</summary>
internal static class LogSubjects
{
    public static ResourceBuilder Subject(this ResourceBuilder builder, string name, LogSubject? subject, Guid account) =>
        subject is null
            ? builder.ToOne(name, name, null, null)
            : builder.ToOne(name, subject.Type, subject.Id, Links.Resource(account, subject.Type, subject.Id));
}
