namespace KeygenGen.Generator.Emitting;

/// <summary>One emitted file: a hint name unique within the compilation, and its C# text.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
