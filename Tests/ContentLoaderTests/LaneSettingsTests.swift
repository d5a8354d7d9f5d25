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
          - { key: handoffs, title: { en: Handoffs, fr: Passations }, kind: items }
          - { key: tools, title: Tools }
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
            LaneDefinition(key: "handoffs", titles: ["en": "Handoffs", "fr": "Passations"], kind: .items),
            LaneDefinition(key: "tools", titles: ["": "Tools"]),
            LaneDefinition(key: "sla", kind: .text),
            LaneDefinition(key: "wait", kind: .metric, unit: "min"),
        ])
        #expect(site.lanes[0].title(in: "fr") == "Passations" && site.lanes[1].title(in: "fr") == "Tools" && site.lanes[2].title(in: "en") == "sla")
        // The built-in lanes not named first, in their order; then the named ones; steps hidden.
        #expect(site.laneOrder == [.builtin(.feeling), .builtin(.actions), .builtin(.thoughts), .builtin(.touchpoints),
                                   .builtin(.painPoints), .builtin(.opportunities), .builtin(.feedback), .builtin(.changes),
                                   .custom("handoffs"), .custom("tools"), .custom("sla"), .custom("wait"), .builtin(.verbatims)])
    }

    @Test func aStageFillsTheLanesAsTheirKindsSay() throws {
        let result = loadLanes(declared, awareness: """
            handoffs: [Prepare, { text: Pack, owner: Shop, status: done }]
            tools: [Till]
            sla: Two hours
            wait: 12,5
            tols: [typo]

            """)
        let stage = try #require(result.content.journeys.first?.stages.first)
        #expect(stage.lanes == ["handoffs": .items([LaneItem(text: "Prepare"), LaneItem(text: "Pack", owner: "Shop", status: .done)]),
                                "tools": .texts(["Till"]), "sla": .text("Two hours"), "wait": .metric(12.5)])
        let typo = try #require(result.diagnostic(containing: "unknown key 'tols' in a stage note"))
        #expect(typo.severity == .error && typo.hint == "did you mean 'tools'?")
    }

    @Test func aJourneyOrdersTheLanesItNames() throws {
        let result = loadLanes(declared, journey: "lanes: [{ key: wait, show: false }, tools, stepz]\n")
        let journey = try #require(result.content.journeys.first)
        #expect(journey.laneOrder?.suffix(3) == [.custom("sla"), .builtin(.verbatims), .custom("tools")])
        #expect(journey.laneOrder?.contains(.custom("wait")) == false)
        let unknown = try #require(result.diagnostic(containing: "there is no lane 'stepz'"))
        #expect(unknown.hint == "did you mean 'steps'?")
    }

    @Test func aLaneKeyIsAWordNoStageKeyIsAndIsDeclaredOnce() {
        let result = loadLanes("lanes:\n  - { key: Back Stage }\n  - owner\n  - tools\n  - tools\n  - { key: actions, kind: items }\n")
        #expect(result.diagnostic(containing: "the lane key 'Back Stage' is not lowercase letters") != nil)
        #expect(result.diagnostic(containing: "'owner' is already a key of stage notes") != nil)
        #expect(result.diagnostic(containing: "the lane 'tools' is declared twice") != nil)
        #expect(result.diagnostic(containing: "unknown key 'kind' in a built-in lane") != nil)
    }
}
