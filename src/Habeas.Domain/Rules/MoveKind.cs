namespace Habeas.Domain.Rules;

/// <summary>The acts the rules judge.</summary>
public enum MoveKind
{
    /// <summary>Taking a person into custody (`custody.began`).</summary>
    Custody,

    /// <summary>Moving a person from one facility to another (`custody.transferred`, a transfer request to a facility).</summary>
    Transfer,

    /// <summary>Sending a person out of the country (`person.removed`, a transfer request to a country).</summary>
    Removal,
}
