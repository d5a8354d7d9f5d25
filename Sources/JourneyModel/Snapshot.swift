/// The scores of every journey at one moment, saved by `journeymap snapshot` in `history/`.
public struct Snapshot: Sendable, Hashable {
    /// A score with the number of survey answers behind it, when it came from a survey.
    public struct Score: Sendable, Hashable {
        public var value: Double
        public var answers: Int?
        /// The answers' standard deviation, for a survey wave's mean.
        public var deviation: Double?

        public init(value: Double, answers: Int? = nil, deviation: Double? = nil) {
            self.value = value
            self.answers = answers
            self.deviation = deviation
        }
    }

    /// One journey's scores: overall, per stage, and per stage and persona.
    public struct JourneyScores: Sendable, Hashable {
        public var overall: Double?
        /// The overall score's 95 % confidence interval, when survey answers gave one.
        public var overallInterval: ClosedRange<Double>?
        /// By stage slug.
        public var stages: [String: Score]
        /// By stage slug, then persona slug.
        public var personas: [String: [String: Score]]
        /// The survey's mean per wave: by stage slug, then wave.
        public var waves: [String: [String: Score]]
        /// The survey's mean per wave and persona: by stage slug, persona slug, then wave.
        public var personaWaves: [String: [String: [String: Score]]]

        public init(overall: Double? = nil, overallInterval: ClosedRange<Double>? = nil, stages: [String: Score] = [:], personas: [String: [String: Score]] = [:],
                    waves: [String: [String: Score]] = [:], personaWaves: [String: [String: [String: Score]]] = [:]) {
            self.overall = overall
            self.overallInterval = overallInterval
            self.stages = stages
            self.personas = personas
            self.waves = waves
            self.personaWaves = personaWaves
        }
    }

    public var label: String
    /// `YYYY-MM-DD`, when the snapshot says; snapshots are ordered by it, then by label.
    public var date: String?
    /// By journey slug.
    public var journeys: [String: JourneyScores]
    public var source: String

    public init(label: String, date: String? = nil, journeys: [String: JourneyScores] = [:], source: String = "") {
        self.label = label
        self.date = date
        self.journeys = journeys
        self.source = source
    }

    /// The format name written in every snapshot file: the second adds survey waves.
    public static let format = "journeymap-snapshot-2"
    /// Every format a snapshot file may have: older files still load.
    public static let formats = ["journeymap-snapshot-1", format]

    /// Oldest first: by date (snapshots without one first), then by label.
    public static func chronological(_ lhs: Snapshot, _ rhs: Snapshot) -> Bool {
        (lhs.date ?? "", lhs.label) < (rhs.date ?? "", rhs.label)
    }
}
