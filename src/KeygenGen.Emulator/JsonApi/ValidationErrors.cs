using System.Collections.Generic;
using Keygen.Emulator.Http;

namespace Keygen.Emulator.JsonApi;

/// <summary>
/// Collects model validation failures and answers them like Keygen's <c>render_unprocessable_resource</c>: 422,
/// title "Unprocessable resource", code <c>&lt;ATTRIBUTE&gt;_&lt;ERROR&gt;</c>, a JSON pointer and a docs link.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly string _topic;
    private readonly string _model;
    private readonly List<ApiError> _errors;

    // Set for the errors of one item created inline (see Item): they go to the parent's list, attribute errors nested.
    private readonly (string Relationship, int Index, string Association)? _item;

    /// <param name="topic">The resource collection, e.g. <c>licenses</c> (used in docs links).</param>
    /// <param name="model">The singular model name, e.g. <c>machine</c> (the prefix of errors about the whole resource).</param>
    public ValidationErrors(string topic, string model)
    {
        _topic = topic;
        _model = model;
        _errors = new();
    }

    private ValidationErrors(ValidationErrors parent, string relationship, int index, string association)
    {
        (_topic, _model, _errors) = (parent._topic, parent._model, parent._errors);
        _item = (relationship, index, association);
    }

    public bool Any => _errors.Count > 0;

    /// <summary>
    /// The errors of the item at <paramref name="index"/> of a to-many relationship created inline, for a model's own
    /// rules to write into: its attribute errors become <see cref="Nested"/> errors of this resource. Keygen builds their
    /// code from the model's association (<paramref name="association"/>, e.g. an account's <c>users</c>) and points
    /// them at the relationship the request named (<paramref name="relationship"/>, e.g. <c>admins</c>).
    /// </summary>
    public ValidationErrors Item(string relationship, int index, string? association = null) =>
        new(this, relationship, index, association ?? relationship);

    /// <summary>An attribute error, e.g. <c>("fingerprint", "TAKEN", "has already been taken")</c> → <c>FINGERPRINT_TAKEN</c>.</summary>
    public ValidationErrors Attribute(string attribute, string error, string detail)
    {
        if (_item is var (relationship, index, association))
        {
            return Nested(relationship, index, attribute, error, detail, association);
        }

        return Add(KeyCase.ToUpperSnake(attribute) + "_" + error, detail, "/data/attributes/" + attribute, "-attrs-" + attribute);
    }

    /// <summary>A relationship error; a missing one is <c>&lt;NAME&gt;_NOT_FOUND</c> "must exist".</summary>
    public ValidationErrors Relationship(string relationship, string error, string detail) =>
        Add(KeyCase.ToUpperSnake(relationship) + "_" + error, detail, "/data/relationships/" + relationship, "-relationships-" + relationship);

    /// <summary>
    /// An error about an attribute of one item created inline through a to-many relationship, e.g. a machine's
    /// components: <c>COMPONENTS_FINGERPRINT_TAKEN</c> at <c>/data/relationships/components/data/0/attributes/fingerprint</c>.
    /// </summary>
    public ValidationErrors Nested(string relationship, int index, string attribute, string error, string detail, string? association = null) =>
        AddNested(relationship, index, "attributes", attribute, error, detail, association);

    /// <summary>
    /// An error about a relationship of one item created inline through a to-many relationship, e.g. a release's
    /// constraints: <c>CONSTRAINTS_ENTITLEMENT_NOT_FOUND</c> at <c>/data/relationships/constraints/data/0/relationships/entitlement</c>.
    /// </summary>
    public ValidationErrors NestedRelationship(string relationship, int index, string nested, string error, string detail) =>
        AddNested(relationship, index, "relationships", nested, error, detail);

    /// <summary>An error about the client-chosen <c>id</c>, e.g. <c>ID_CONFLICT</c>, pointing at <c>/data/id</c>.</summary>
    public ValidationErrors Identifier(string error, string detail) => Add("ID_" + error, detail, "/data/id", string.Empty);

    /// <summary>An error about the resource as a whole, e.g. <c>MACHINE_LIMIT_EXCEEDED</c> pointing at <c>/data</c>.</summary>
    public ValidationErrors Base(string error, string detail) =>
        Add(KeyCase.ToUpperSnake(_model) + "_" + error, detail, "/data", string.Empty);

    /// <summary>
    /// A relationship error whose code Keygen rewrites rather than derives, e.g. every user limit becomes
    /// <c>USER_LIMIT_EXCEEDED</c> at <c>/data/relationships/users</c>.
    /// </summary>
    public ValidationErrors RelationshipCode(string relationship, string code, string detail) =>
        Add(code, detail, "/data/relationships/" + relationship, "-relationships-" + relationship);

    /// <summary>The 422 for a relationship whose target does not exist: <c>&lt;NAME&gt;_NOT_FOUND</c> "must exist".</summary>
    public static ApiException MissingRelationship(string topic, string model, string relationship) =>
        RelationshipError(topic, model, relationship, "NOT_FOUND", "must exist");

    /// <summary>A 422 with one relationship error, e.g. <c>POLICY_POOL_EMPTY</c>.</summary>
    public static ApiException RelationshipError(string topic, string model, string relationship, string error, string detail) =>
        Errors.Invalid(new ValidationErrors(topic, model).Relationship(relationship, error, detail)._errors);

    /// <summary>Ends the request with every collected error, if there are any.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw Errors.Invalid(_errors.ToArray());
        }
    }

    // association: the name Keygen's model gives the items when it is not the relationship's (a sign-up's admins are
    // its users: USERS_EMAIL_INVALID).
    private ValidationErrors AddNested(string relationship, int index, string section, string member, string error, string detail, string? association = null) => Add(
        KeyCase.ToUpperSnake(association ?? relationship) + "_" + KeyCase.ToUpperSnake(member) + "_" + error,
        detail,
        $"/data/relationships/{relationship}/data/{index}/{section}/{member}",
        "-relationships-" + relationship);

    private ValidationErrors Add(string code, string detail, string pointer, string anchorSuffix)
    {
        // Keygen keeps only the first error per code and pointer.
        if (_errors.Exists(e => e.Code == code && e.Source?.Value == pointer))
        {
            return this;
        }

        var about = $"https://keygen.sh/docs/api/{_topic}/#{_topic}-object{anchorSuffix}";
        _errors.Add(new ApiError(422, "Unprocessable resource", detail, code, ErrorSource.Pointer(pointer), about));
        return this;
    }
}
