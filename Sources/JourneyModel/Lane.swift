/// A lane of the map that a site declares in `site.yml` (`lanes:`), beside the built-in ones:
/// backstage actions, systems, support processes… Stage notes fill it under its key.
public struct LaneDefinition: Sendable, Hashable {
    /// What a stage note writes in the lane.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A list of texts (the default).
        case texts
        /// A list of items, each a text with an optional owner and status.
        case items
        /// One text.
        case text
        /// One number, with the lane's unit.
        case metric
    }

    public var key: String
    /// Its title by language code; under "" the title for every language.
    public var titles: [String: String]
    public var kind: Kind
    /// The unit of a metric lane (`min`, `%`); nil for none.
    public var unit: String?

    public init(key: String, titles: [String: String] = [:], kind: Kind = .texts, unit: String? = nil) {
        self.key = key
        self.titles = titles
        self.kind = kind
        self.unit = unit
    }

    /// Its title in `language`: the one for that language, else the one for all, else its key.
    public func title(in language: String) -> String {
        titles[language] ?? titles[""] ?? key
    }
}

/// What a stage note writes in a lane of the site's own.
public enum LaneContent: Sendable, Hashable {
    case texts([String])
    case items([LaneItem])
    case text(String)
    case metric(Double)
}

/// An item of a lane of kind `items`.
public struct LaneItem: Sendable, Hashable {
    public var text: String
    public var owner: String?
    public var status: OpportunityStatus?

    public init(text: String, owner: String? = nil, status: OpportunityStatus? = nil) {
        self.text = text
        self.owner = owner
        self.status = status
    }
}

/// A lane of the map that journeymap draws itself, which a site or journey may move or hide.
public enum BuiltinLane: String, Sendable, Hashable, CaseIterable {
    case feeling, actions, thoughts, touchpoints, steps
    case painPoints = "pain_points"
    case opportunities, verbatims, feedback, changes
}

/// The lanes a map shows, in order (`lanes:` in site.yml, or in a journey's header).
public enum LaneSlot: Sendable, Hashable {
    case builtin(BuiltinLane)
    /// A lane of the site's own, by key.
    case custom(String)
}
