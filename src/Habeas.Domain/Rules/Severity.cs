namespace Habeas.Domain.Rules;

/// <summary>What a finding means for the act judged.</summary>
public enum Severity
{
    /// <summary>`flag`: lawful on its face but needs a person to look (and, on a recorded act, a note in the audit).</summary>
    Flag,

    /// <summary>`block`: the law forbids it. A request is refused; a recorded act is a violation that opens a remedy.</summary>
    Block,
}
