import ContentLoader
import Foundation
import JourneyModel
import Testing
import TestSupport

@Suite("Loading a valid content folder")
struct ContentLoaderTests {
    @Test func loadsTheSampleFolder() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        let result = load(folder)
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.site.title == "Test bakery")
        #expect(result.content.personas.map(\.slug) == ["ann"])
        let journey = try #require(result.content.journeys.first)
        #expect(journey.slug == "bread")
        #expect(journey.personas == ["ann"])
        #expect(journey.stages.map(\.slug) == ["awareness", "purchase"])
        #expect(journey.stages.map(\.emotion) == [1, -1])
        #expect(journey.stages[0].bodyHTML == "<p>Notes on Awareness.</p>\n")
        #expect(journey.stages[0].source == "Content/journeys/bread/01-awareness.md")
    }

    @Test func readsEveryLaneOfAStage() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("personas/bob.md", ContentSamples.persona("Bob"))
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann", "bob"], extra: "state: future\ntags: [shop]\n"))
        folder.write("journeys/bread/03-loyalty.md", """
            ---
            stage: Loyalty
            emotions: { ann: 1.5, bob: -0.5 }
            feeling: Relieved
            quote: "Finally: it works"
            actions: [Orders again, Tells a friend]
            thoughts: Is there a loyalty card?
            touchpoints:
              - { name: App, channel: App, emotion: 1 }
              - Word of mouth
            steps:
              - { name: Opens the app, score: 2, actors: [ann] }
              - { name: Pays, actors: [] }
              - Waits
            pain_points:
              - { text: No reminder, severity: high }
              - Slow checkout
            opportunities:
              - { text: Send a reminder, impact: high, effort: low, owner: CRM, status: in-progress }
            metrics: { visitors: 1200, csat: 4.2, nps: 31, ces: 2.5 }
            evidence: interviews
            owner: CRM team
            ---
            """)
        let result = load(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.lines)")
        let stage = try #require(result.content.journeys.first?.stages.last)
        #expect(result.content.journeys.first?.state == .future)
        #expect(stage.emotions == ["ann": 1.5, "bob": -0.5])
        #expect(stage.quote == "Finally: it works")
        #expect(stage.actions == ["Orders again", "Tells a friend"])
        #expect(stage.thoughts == ["Is there a loyalty card?"])
        #expect(stage.touchpoints == [Touchpoint(name: "App", channel: "app", emotion: 1), Touchpoint(name: "Word of mouth")])
        #expect(stage.steps == [Step(name: "Opens the app", score: 2, actors: ["ann"]), Step(name: "Pays", actors: []), Step(name: "Waits")],
                "'actors: []' is no one, no 'actors' key everyone")
        #expect(stage.painPoints == [PainPoint(text: "No reminder", severity: .high), PainPoint(text: "Slow checkout", severity: .medium)])
        #expect(stage.opportunities == [Opportunity(text: "Send a reminder", impact: .high, effort: .low, owner: "CRM", status: .inProgress)])
        #expect(stage.metrics == Metrics(visitors: 1200, csat: 4.2, nps: 31, ces: 2.5))
        #expect(stage.evidence == .interviews)
        #expect(stage.owner == "CRM team")
    }

    @Test func draftsAreLeftOutUnlessAskedFor() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: "draft: true\n"))
        #expect(load(folder).content.journeys.isEmpty)
        #expect(load(folder, drafts: true).content.journeys.count == 1)
    }

    @Test func stagesAreOrderedByTheirNumberNotTheirName() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/10-advocacy.md", ContentSamples.stage("Advocacy"))
        folder.write("journeys/bread/9-loyalty.md", ContentSamples.stage("Loyalty"))
        let stages = try #require(load(folder).content.journeys.first?.stages)
        #expect(stages.map(\.number) == [1, 2, 9, 10])
    }

    @Test func readsACustomScaleWithLabels() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", "title: T\nscale: { min: 1, max: 5, labels: { 1: Awful, 5: Great } }\n")
        folder.write("journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", emotion: "5"))
        folder.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", emotion: "1"))
        let result = load(folder)
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.site.scale == EmotionScale(min: 1, max: 5, labels: [1: "Awful", 5: "Great"]))
    }

    @Test func loadsTheExampleContentWithoutAnyDiagnostic() {
        let result = ContentLoader(root: repositoryRoot.appendingPathComponent("Content"), displayRoot: "Content").load()
        #expect(result.diagnostics.isEmpty, "\(result.lines)")
        #expect(result.content.journeys.count >= 3)
        #expect(result.content.journeys.map(\.stages.count).contains(9))
    }
}
