namespace Habeas.Domain.Values;

/// <summary>The kinds of legal instrument of the public data format v1. Written in snake_case in the data format.</summary>
public enum InstrumentKind
{
    /// <summary>`us_citizenship`.</summary>
    UsCitizenship,

    /// <summary>`us_national`.</summary>
    UsNational,

    /// <summary>`citizenship_claim`.</summary>
    CitizenshipClaim,

    /// <summary>`lawful_permanent_resident`.</summary>
    LawfulPermanentResident,

    /// <summary>`criminal_conviction`.</summary>
    CriminalConviction,

    /// <summary>`criminal_charge`.</summary>
    CriminalCharge,

    /// <summary>`alien_enemy_designation`.</summary>
    AlienEnemyDesignation,

    /// <summary>`detainer`.</summary>
    Detainer,

    /// <summary>`final_removal_order`.</summary>
    FinalRemovalOrder,

    /// <summary>`withholding_of_removal`.</summary>
    WithholdingOfRemoval,

    /// <summary>`cat_protection`.</summary>
    CatProtection,

    /// <summary>`stay_of_removal`.</summary>
    StayOfRemoval,

    /// <summary>`restraining_order`.</summary>
    RestrainingOrder,

    /// <summary>`injunction`.</summary>
    Injunction,

    /// <summary>`settlement_protection`.</summary>
    SettlementProtection,

    /// <summary>`government_assurance`.</summary>
    GovernmentAssurance,

    /// <summary>`habeas_petition`.</summary>
    HabeasPetition,

    /// <summary>`petition_for_review`.</summary>
    PetitionForReview,

    /// <summary>`asylum_application`.</summary>
    AsylumApplication,

    /// <summary>`protection_claim`.</summary>
    ProtectionClaim,

    /// <summary>`credible_fear_finding`.</summary>
    CredibleFearFinding,

    /// <summary>`hearing_scheduled`.</summary>
    HearingScheduled,

    /// <summary>`counsel_of_record`.</summary>
    CounselOfRecord,

    /// <summary>`removal_notice`.</summary>
    RemovalNotice,

    /// <summary>`transfer_consent`.</summary>
    TransferConsent,

    /// <summary>`custodial_consent`.</summary>
    CustodialConsent,
}
