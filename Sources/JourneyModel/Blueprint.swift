/// The lanes of a service blueprint (`blueprint: true` in a journey's header), below the
/// customer's actions: what the customer sees and touches, what staff do in front of them and
/// behind the scenes, and the processes and systems that support it.
public enum BlueprintLane: String, Sendable, Hashable, CaseIterable {
    /// Physical evidence and props: the receipt, the box, the e-mail.
    case props
    /// What staff do in the customer's sight.
    case frontstage
    /// What staff do out of the customer's sight.
    case backstage
    /// What other teams and partners do to support it.
    case support
    /// The tools and systems it runs on.
    case systems

    /// The line drawn above the lane, when one is: interaction (customer / frontstage),
    /// visibility (frontstage / backstage), internal interaction (backstage / support).
    public var lineAbove: BlueprintLine? {
        switch self {
        case .frontstage: .interaction
        case .backstage: .visibility
        case .support: .internalInteraction
        case .props, .systems: nil
        }
    }
}

/// A line of a service blueprint.
public enum BlueprintLine: String, Sendable, Hashable {
    case interaction, visibility
    case internalInteraction = "internal-interaction"
}

/// An item of a blueprint lane: what is done, by whom, and the customer action or touchpoint of
/// the stage it serves, if it says.
public struct BlueprintItem: Sendable, Hashable {
    public var text: String
    public var owner: String?
    /// The customer action or touchpoint it serves (`serves: Pays online`), as the stage names it.
    public var serves: String?

    public init(text: String, owner: String? = nil, serves: String? = nil) {
        self.text = text
        self.owner = owner
        self.serves = serves
    }
}
