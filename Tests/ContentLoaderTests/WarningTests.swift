import ContentLoader
import Foundation
import JourneyModel
import Testing
import TestSupport

/// Content that loads but is probably not what the author meant.
@Suite("Authoring warnings")
struct WarningTests {
    private func warnings(_ change: (TemporaryFolder) -> Void) -> [String] {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        change(folder)
        let result = load(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.lines)")
        return result.diagnostics.filter { $0.severity == .warning }.map { "\($0.location): \($0.message)" }
    }

    @Test func theSampleHasNoWarning() {
        #expect(warnings { _ in }.isEmpty)
    }

    @Test func aStageWithoutAnyScore() {
        let found = warnings { $0.write("journeys/bread/02-purchase.md", "---\nstage: Purchase\nactions: [Pays]\n---\n") }
        #expect(found == ["Content/journeys/bread/02-purchase.md:2:1: the stage has no score, so the emotion curve breaks here"])
    }

    @Test func aPersonaNoJourneyFollows() {
        let found = warnings { $0.write("personas/zoe.md", ContentSamples.persona("Zoe")) }
        #expect(found == ["Content/personas/zoe.md:1:1: no journey follows the persona 'zoe'"])
    }

    @Test func aHighSeverityPainPointWithoutOpportunity() {
        let found = warnings {
            $0.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", extra: "pain_points:\n  - { text: Queue, severity: high }\n"))
        }
        #expect(found == ["Content/journeys/bread/02-purchase.md:5:3: a high-severity pain point has no opportunity in this stage"])
    }

    @Test func aJourneyWithASingleStage() {
        let found = warnings { try? FileManager.default.removeItem(at: $0.url.appendingPathComponent("journeys/bread/02-purchase.md")) }
        #expect(found == ["Content/journeys/bread/journey.md:1:1: the journey has a single stage"])
    }

    @Test func aFutureJourneyThatComparesWithNothing() {
        let found = warnings { $0.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: "state: future\n")) }
        #expect(found == ["Content/journeys/bread/journey.md:1:1: the future-state journey does not say which journey it improves"])
    }
}
