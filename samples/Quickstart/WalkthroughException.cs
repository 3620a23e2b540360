using System;

namespace Quickstart;

/// <summary>Keygen answered, but not as the walk-through expects at that step.</summary>
internal sealed class WalkthroughException(string message) : Exception(message);
