using System;

namespace KeygenGen.DocsTool;

/// <summary>A problem the user can fix (wrong folder, unreadable schema); reported as a message, never a stack trace.</summary>
internal sealed class DocsToolException(string message) : Exception(message);
