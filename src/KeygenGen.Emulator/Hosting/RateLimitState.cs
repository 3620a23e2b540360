namespace Keygen.Emulator.Hosting;

/// <summary>One request's standing in its rate-limit window, as reported in the <c>X-RateLimit-*</c> headers.</summary>
internal sealed record RateLimitState(string Window, int Count, int Limit, long Reset, int RetryAfter)
{
    public int Remaining => System.Math.Max(0, Limit - Count);

    public bool Exceeded => Count > Limit;
}
