namespace Keygen.Acceptance.Report;

/// <summary>
/// The SDK's checks over the replay's exchanges (issue #12, item 6): how many 2xx answers its readers read
/// (<see cref="Readable"/> of <see cref="ReadableTotal"/>) and how many accepted requests its typed requests can
/// write (<see cref="Expressible"/> of <see cref="ExpressibleTotal"/>). Not built yet: the counts are 0 of 0 until
/// those checks read <see cref="Running.ReplayRun.Results"/>' exchanges.
/// </summary>
internal sealed record ExchangeChecks(int Readable, int ReadableTotal, int Expressible, int ExpressibleTotal)
{
    public static ExchangeChecks NotYetMeasured { get; } = new(0, 0, 0, 0);
}
