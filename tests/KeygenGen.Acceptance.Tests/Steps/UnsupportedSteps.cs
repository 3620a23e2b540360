namespace Keygen.Acceptance.Steps;

/// <summary>
/// Steps the replay recognises but the emulator cannot play: Stripe's side of billing, AWS S3
/// stubs, HTML and RubyGems documents. Each ends its scenario as unsupported, with the reason in the report.
/// </summary>
internal static class UnsupportedSteps
{
    private const string Family = "unsupported";

    public static void Register(StepLibrary steps)
    {
        foreach (var (pattern, reason) in new[]
        {
            (@"I have a payment token with an? ""[^""]*"" error", "Stripe card errors (the emulator's billing has no payment provider)"),
            (@"AWS S3 is (?:responding with a 200 status|responding with a 404 status|timing out)", "stubbing AWS S3 (the emulator stores artifacts itself)"),
            (@"the response body should be an HTML document (?:with|without) the following xpaths:", "HTML documents (package-manager index pages)"),
            ("the response body should be (?:a gemspec|gemspecs) with the following content:", "RubyGems documents"),
            (@"the account ""[^""]*"" should (?:not )?have a referral(?: of ""[^""]*"")?", "referrals (Keygen's payment provider)"),
        })
        {
            steps.Add(Family, pattern, (_, _) => throw new StepUnsupportedException(reason));
        }
    }
}
