using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Keygen.Tests.Transport.Fixtures;

/// <summary>
/// Listens to the "Keygen" activity source and keeps every finished activity of the calling test. Listeners are
/// process-wide, so the recorder starts a root activity (flowing to the test's own calls) and keeps only the spans
/// under it: calls of tests running in parallel are not recorded.
/// </summary>
public sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly Activity _root;

    public ActivityRecorder()
    {
        _root = new Activity("KeygenGen.Tests.ActivityRecorder").Start();
        var rootId = _root.RootId;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == KeygenTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.RootId == rootId)
                {
                    _activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Activities => _activities.ToArray();

    /// <summary>Everything an activity carries as text: name, tags, status description and events.</summary>
    public static string Describe(Activity activity) =>
        string.Join(
            "\n",
            new[] { activity.DisplayName, activity.StatusDescription ?? string.Empty }
                .Concat(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                .Concat(activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}"))));

    public void Dispose()
    {
        _listener.Dispose();
        _root.Stop();
    }
}
