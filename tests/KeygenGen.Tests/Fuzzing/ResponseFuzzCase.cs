namespace Keygen.Tests.Fuzzing;

internal enum ResponseCorruption
{
    Truncate,
    FlipBits,
    RandomBytes,
    EmptyBody,
    Html,
    WrongContentType,
    WrongValueType,
    MissingMember,
    NullMember,
    WrongDataShape,
    HugeNumber,
    DeepNesting,
    InvalidUtf8,
    LoneSurrogate,
    DuplicateMember,
    CorruptLinks,
    CorruptHeaders,
    ErrorStatus,
    CorruptErrorDocument,

    /// <summary>Members a newer Keygen might send: harmless, so the call must succeed.</summary>
    UnknownMembers,
}

/// <summary>One corrupted answer to one operation, made from its seed alone; the same seed gives the same case anywhere.</summary>
/// <param name="Later">What a followed link gets: the clean last page for paging calls, else the same corrupted response.</param>
internal sealed record ResponseFuzzCase(int Seed, FuzzedOperation Operation, ResponseCorruption Corruption, string Description, CannedResponse Response, CannedResponse Later)
{
    /// <summary>Set this environment variable to a seed to run only that case.</summary>
    public const string ReplayVariable = "KEYGEN_RESPONSE_FUZZ_SEED";

    public override string ToString() => $"seed {Seed} ({ReplayVariable}={Seed} replays it), {Operation}: {Corruption}: {Description}";
}
