import Foundation
import JourneyModel

/// A journey set against the one it `compares` with, stage by stage (as-is vs to-be).
public struct JourneyComparison: Sendable, Hashable {
    /// Two stages of the same name, one in each journey.
    public struct Match: Sendable, Hashable {
        public var index: Int
        public var otherIndex: Int
        /// This journey's score minus the other's; nil when either has no score.
        public var delta: Double?
    }

    public var other: String
    public var matches: [Match]
    /// Stage names of this journey that the other does not have.
    public var unmatched: [String]
    /// Stage names of the other journey that this one does not have.
    public var otherUnmatched: [String]

    /// Matches stages by name, ignoring case, accents and surrounding spaces.
    public init(_ journey: JourneyAnalysis, with other: JourneyAnalysis) {
        self.other = other.journey.slug
        let otherKeys = other.journey.stages.map { Self.key($0.name) }
        var matches: [Match] = []
        var unmatched: [String] = []
        for (index, stage) in journey.journey.stages.enumerated() {
            guard let otherIndex = otherKeys.firstIndex(of: Self.key(stage.name)) else {
                unmatched.append(stage.name)
                continue
            }
            let delta = journey.stageScores[index].flatMap { mine in other.stageScores[otherIndex].map { mine - $0 } }
            matches.append(Match(index: index, otherIndex: otherIndex, delta: delta))
        }
        let matchedOther = Set(matches.map(\.otherIndex))
        otherUnmatched = other.journey.stages.enumerated().filter { !matchedOther.contains($0.offset) }.map(\.element.name)
        self.matches = matches
        self.unmatched = unmatched
    }

    private static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
