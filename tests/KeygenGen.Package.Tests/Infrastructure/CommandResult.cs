namespace KeygenGen.Package.Tests.Infrastructure;

/// <summary>How a finished <c>dotnet</c> command ended, with everything it printed (stdout and stderr, interleaved).</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The output's non-empty lines, trimmed.</summary>
    public string[] Lines => Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);

    /// <summary>For assertion messages: the command, its exit code and its whole output.</summary>
    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}:\n{Output}";
}
