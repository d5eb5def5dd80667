namespace Habeas.Domain.Values;

/// <summary>The legal basis of a removal. Written in snake_case in the data format.</summary>
public enum RemovalBasis
{
    /// <summary>`title8_order`.</summary>
    Title8Order,

    /// <summary>`expedited_removal`.</summary>
    ExpeditedRemoval,

    /// <summary>`reinstated_order`.</summary>
    ReinstatedOrder,

    /// <summary>`alien_enemies_act`.</summary>
    AlienEnemiesAct,

    /// <summary>`treaty_transfer`.</summary>
    TreatyTransfer,

    /// <summary>`other`.</summary>
    Other,
}
