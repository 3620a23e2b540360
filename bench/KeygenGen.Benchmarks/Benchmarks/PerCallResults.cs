using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Keygen;
using KeygenGen.Benchmarks.Canned;
using KeygenGen.Benchmarks.Peers.HandWritten;
using Kiota = KeygenGen.Benchmarks.Peers.Kiota.Generated;
using NSwag = KeygenGen.Benchmarks.Peers.NSwag;

namespace KeygenGen.Benchmarks.Benchmarks;

/// <summary>
/// Before anything is measured, every benchmark runs once and its result is checked against the canned documents: a
/// client that failed to read a field, or read it wrongly, would otherwise look cheap. Reduces each client's result to
/// the same view: id, key, status, policy id, metadata and created time of a license; count and next link of a page;
/// valid and code of a validation.
/// </summary>
internal static class PerCallResults
{
    public static void Verify(PerCallBenchmarks b)
    {
        var one = Expected(0);
        Check("create", one, Run(b.Create_HandWritten).ToView(), Run(b.Create_KeygenGen).ToView(), Run(b.Create_Refit).Data!.ToView(),
            Run(b.Create_NSwag).Data.ToView(), Run(b.Create_Kiota)!.Data!.ToView());
        Check("get", one, Run(b.Get_HandWritten).ToView(), Run(b.Get_KeygenGen).ToView(), Run(b.Get_Refit).Data!.ToView(),
            Run(b.Get_NSwag).Data.ToView(), Run(b.Get_Kiota)!.Data!.ToView());

        var page = new PageView(KeygenDocuments.PageSize, Expected(0), Expected(KeygenDocuments.PageSize - 1), KeygenDocuments.NextPageLink);
        Check("list 100", page, Page(Run(b.List_HandWritten)), Page(Run(b.List_KeygenGen)), Page(Run(b.List_Refit)), Page(Run(b.List_NSwag)), Page(Run(b.List_Kiota)!));

        var validation = new ValidationView(true, "VALID", one);
        Check("validate", validation, Validation(Run(b.Validate_HandWritten)), Validation(Run(b.Validate_KeygenGen)), Validation(Run(b.Validate_Refit)),
            Validation(Run(b.Validate_NSwag)), Validation(Run(b.Validate_Kiota)!));
    }

    private static LicenseView Expected(int n) =>
        new(KeygenDocuments.LicenseId(n), KeygenDocuments.LicenseKey(n), KeygenDocuments.Status(n), KeygenDocuments.PolicyId, $"cus_{n:D8}", KeygenDocuments.CreatedAt(n));

    private static T Run<T>(Func<Task<T>> call) => call().GetAwaiter().GetResult();

    /// <param name="views">In the order hand-written, KeygenGen, Refit, NSwag, Kiota.</param>
    private static void Check<T>(string operation, T expected, params T[] views)
    {
        string[] clients = ["hand-written", "KeygenGen", "Refit", "NSwag", "Kiota"];
        List<string> wrong = views.Select((view, i) => (view, client: clients[i]))
            .Where(x => !EqualityComparer<T>.Default.Equals(x.view, expected))
            .Select(x => $"{x.client} read {x.view}")
            .ToList();
        if (wrong.Count > 0)
        {
            throw new InvalidOperationException($"'{operation}': expected {expected}, but {string.Join("; ", wrong)}.");
        }
    }

    private static LicenseView ToView(this LicenseResource r) => new(
        r.Id, r.Attributes.Key, r.Attributes.Status, r.Relationships?.Policy?.Data?.Id, (string?)r.Attributes.Metadata?["customerId"], r.Attributes.Created);

    private static LicenseView ToView(this License l) => new(l.Id, l.Key, l.Status.Value, l.PolicyId, (string?)l.Metadata["customerId"], l.Created);

    private static LicenseView ToView(this NSwag.License l) => new(
        l.Id, l.Attributes.Key, l.Attributes.Status?.ToString().ToUpperInvariant(), l.Relationships?.Policy?.Data?.Id,
        l.Attributes.Metadata is JsonElement metadata && metadata.TryGetProperty("customerId", out JsonElement customer) ? customer.GetString() : null,
        l.Attributes.Created);

    private static LicenseView ToView(this Kiota.Models.License l) => new(
        l.Id, l.Attributes?.Key, l.Attributes?.Status?.ToString(), l.Relationships?.Policy?.Data?.Id,
        l.Attributes?.Metadata?.AdditionalData.TryGetValue("customerId", out object? customer) == true ? customer?.ToString() : null,
        l.Attributes?.Created);

    private static PageView Page(LicenseListDocument d) => new(d.Data!.Count, d.Data[0].ToView(), d.Data[^1].ToView(), d.Links?.Next);

    private static PageView Page(Keygen.Serialization.KeygenPage<License> p) => new(p.Data.Count, p.Data[0].ToView(), p.Data[^1].ToView(), p.Links.Next);

    private static PageView Page(NSwag.Response r)
    {
        var data = r.Data.ToList();
        return new(data.Count, data[0].ToView(), data[^1].ToView(), r.Links?.Next);
    }

    private static PageView Page(Kiota.Accounts.Item.Licenses.LicensesGetResponse r) => new(r.Data!.Count, r.Data[0].ToView(), r.Data[^1].ToView(), r.Links?.Next);

    private static ValidationView Validation(ValidationDocument d) => new(d.Meta!.Valid, d.Meta.Code, d.Data!.ToView());

    private static ValidationView Validation(LicenseValidation v) => new(v.Valid, v.Code.Value, v.License!.ToView());

    private static ValidationView Validation(NSwag.Response3 r) => new(r.Meta.Valid, r.Meta.Code, r.Data!.ToView());

    private static ValidationView Validation(Kiota.Accounts.Item.Licenses.Actions.ValidateKey.ValidateKeyPostResponse r) =>
        new(r.Meta?.Valid == true, r.Meta?.Code?.ToString(), r.Data!.ToView());

    private readonly record struct LicenseView(string? Id, string? Key, string? Status, string? PolicyId, string? CustomerId, DateTimeOffset? Created);

    private readonly record struct PageView(int Count, LicenseView First, LicenseView Last, string? Next);

    private readonly record struct ValidationView(bool Valid, string? Code, LicenseView License);
}
