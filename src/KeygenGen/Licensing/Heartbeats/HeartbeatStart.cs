using System;
using Microsoft.Extensions.Logging;

namespace Keygen.Licensing;

/// <summary>What a heartbeat starts from: the first ping's answer and the settings it runs with.</summary>
internal sealed record HeartbeatStart(HeartbeatKind Kind, string ResourceId, TimeSpan Window, HeartbeatOptions Options, TimeProvider Time, ILogger Logger);
