using System;
using System.Text;
using Keygen.Acceptance.Placeholders;

namespace Keygen.Acceptance.Steps;

/// <summary>Requests (<c>request_steps.rb</c>): headers for versions, agents and media types, and the requests themselves.</summary>
internal static class RequestSteps
{
    private const string Family = "requests";

    public static void Register(StepLibrary steps)
    {
        steps.Add(Family, @"I use API version ""([^""]*)""", (world, args) => world.Headers["Keygen-Version"] = args[1]);
        steps.Add(Family, @"I use user agent ""([^""]*)""", (world, args) => world.Headers["User-Agent"] = args[1]);
        steps.Add(Family, "I send and accept (JSON|HTML|XML|binary)", (world, args) =>
        {
            var (contentType, accept) = args[1] switch
            {
                "JSON" => ("application/vnd.api+json", "application/vnd.api+json"),
                "HTML" => ("text/html", "text/html"),
                "XML" => ("application/xml", "application/xml"),
                _ => ("application/octet-stream", "*/*"),
            };
            world.Headers["Content-Type"] = contentType;
            world.Headers["Accept"] = accept;
        });

        steps.Add(Family, @"I send a (GET|POST|PUT|PATCH|DELETE|HEAD) request to ""([^""]*)""", (world, args) =>
            world.Http.SendAsync(args[1], PlaceholderExpander.ExpandPath(args[2], world), null));
        steps.Add(Family, @"I send a (POST|PUT|PATCH|DELETE) request to ""([^""]*)"" with the following:", (world, args) =>
            world.Http.SendAsync(args[1], PlaceholderExpander.ExpandPath(args[2], world), PlaceholderExpander.Expand(args.DocString, world)));
        // Ruby's String#encode('CP1252'); Latin-1 gives the same bytes for the accented letters the suite sends.
        steps.Add(Family, @"I send a POST request to ""([^""]*)"" with the following badly encoded data:", (world, args) =>
            world.Http.SendAsync("POST", PlaceholderExpander.ExpandPath(args[1], world), PlaceholderExpander.Expand(args.DocString, world), Encoding.Latin1));
    }
}
