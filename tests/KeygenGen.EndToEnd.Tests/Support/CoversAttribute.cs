using System;
using System.Collections.Generic;

namespace Keygen.EndToEnd.Tests.Support;

/// <summary>
/// Names the schema operations a test drives end to end. <see cref="EndToEndTest.CoveringAsync"/> checks at run time that the
/// test really called each of them as the schema declares, and <c>OperationCoverageTests</c> that every operation is named.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CoversAttribute(params string[] operationIds) : Attribute
{
    public IReadOnlyList<string> OperationIds { get; } = operationIds;
}
