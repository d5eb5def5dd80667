namespace Habeas.Domain.Values;

/// <summary>What a court order requires. Written in snake_case in the data format.</summary>
public enum OrderAction
{
    /// <summary>`facilitate_return`.</summary>
    FacilitateReturn,

    /// <summary>`return`.</summary>
    Return,

    /// <summary>`release`.</summary>
    Release,

    /// <summary>`halt_transfer`.</summary>
    HaltTransfer,

    /// <summary>`no_transfer`.</summary>
    NoTransfer,

    /// <summary>`provide_notice`.</summary>
    ProvideNotice,

    /// <summary>`declare_whereabouts`.</summary>
    DeclareWhereabouts,

    /// <summary>`status_report`.</summary>
    StatusReport,

    /// <summary>`hearing`.</summary>
    Hearing,

    /// <summary>`plan`.</summary>
    Plan,
}
