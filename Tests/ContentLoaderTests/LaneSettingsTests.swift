import ContentLoader
import JourneyModel
import Testing
import TestSupport

@Suite("Lanes of your own")
struct LaneSettingsTests {
    private func loadLanes(_ lanes: String, journey: String = "", awareness: String = "") -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + lanes)
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: journey))
        folder.write("journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", extra: awareness))
        return load(folder)
    }

    private let declared = """
        lanes:
          - { key: backstage, title: { en: Backstage, fr: Coulisses }, kind: items }
          - { key: systems, title: Systems }
          - { key: sla, kind: text }
          - { key: wait, kind: metric, unit: min }
          - verbatims
          - { key: steps, show: false }

        """

    @Test func theSiteDeclaresLanesAndOrdersTheMap() throws {
        let result = loadLanes(declared)
        #expect(!result.diagnostics.hasErrors, "\(result.lines)")
        let site = result.content.site
        #expect(site.lanes == [
            LaneDefinition(key: "backstage", titles: ["en": "Backstage", "fr": "Coulisses"], kind: .items),
            LaneDefinition(key: "systems", titles: ["": "Systems"]),
            LaneDefinition(key: "sla", kind: .text),
            LaneDefinition(key: "wait", kind: .metric, unit: "min"),
        ])
        #expect(site.lanes[0].title(in: "fr") == "Coulisses" && site.lanes[1].title(in: "fr") == "Systems" && site.lanes[2].title(in: "en") == "sla")
        // The built-in lanes not named first, in their order; then the named ones; steps hidden.
        #expect(site.laneOrder == [.builtin(.feeling), .builtin(.actions), .builtin(.thoughts), .builtin(.touchpoints),
                                   .builtin(.painPoints), .builtin(.opportunities), .builtin(.feedback), .builtin(.changes),
                                   .custom("backstage"), .custom("systems"), .custom("sla"), .custom("wait"), .builtin(.verbatims)])
    }

    @Test func aStageFillsTheLanesAsTheirKindsSay() throws {
        let result = loadLanes(declared, awareness: """
            backstage: [Prepare, { text: Pack, owner: Shop, status: done }]
            systems: [Till]
            sla: Two hours
            wait: 12,5
            sytems: [typo]

            """)
        let stage = try #require(result.content.journeys.first?.stages.first)
        #expect(stage.lanes == ["backstage": .items([LaneItem(text: "Prepare"), LaneItem(text: "Pack", owner: "Shop", status: .done)]),
                                "systems": .texts(["Till"]), "sla": .text("Two hours"), "wait": .metric(12.5)])
        let typo = try #require(result.diagnostic(containing: "unknown key 'sytems' in a stage note"))
        #expect(typo.severity == .error && typo.hint == "did you mean 'systems'?")
    }

    @Test func aJourneyOrdersTheLanesItNames() throws {
        let result = loadLanes(declared, journey: "lanes: [{ key: wait, show: false }, systems, stepz]\n")
        let journey = try #require(result.content.journeys.first)
        #expect(journey.laneOrder?.suffix(3) == [.custom("sla"), .builtin(.verbatims), .custom("systems")])
        #expect(journey.laneOrder?.contains(.custom("wait")) == false)
        let unknown = try #require(result.diagnostic(containing: "there is no lane 'stepz'"))
        #expect(unknown.hint == "did you mean 'steps'?")
    }

    @Test func aLaneKeyIsAWordNoStageKeyIsAndIsDeclaredOnce() {
        let result = loadLanes("lanes:\n  - { key: Back Stage }\n  - owner\n  - systems\n  - systems\n  - { key: actions, kind: items }\n")
        #expect(result.diagnostic(containing: "the lane key 'Back Stage' is not lowercase letters") != nil)
        #expect(result.diagnostic(containing: "'owner' is already a key of stage notes") != nil)
        #expect(result.diagnostic(containing: "the lane 'systems' is declared twice") != nil)
        #expect(result.diagnostic(containing: "unknown key 'kind' in a built-in lane") != nil)
    }
}
