import Foundation
import JourneyAuthoring
import JourneyModel
import Testing
import TestSupport

@Suite("journeymap export mermaid")
struct MermaidRoundTripTests {
    /// A journey with two personas, steps for one or all of them, a step without score and a
    /// stage scored per persona without steps.
    static func writeJourney(into folder: TemporaryFolder) {
        folder.write("personas/bob.md", ContentSamples.persona("Bob Stone"))
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann", "bob"]))
        folder.write("journeys/bread/01-awareness.md", """
            ---
            stage: Awareness
            steps:
              - { name: Sees an ad, score: 1, actors: [ann] }
              - { name: Hears from a friend, score: -0.5, actors: [bob] }
              - { name: Walks past the shop, score: 2 }
            ---

            """)
        folder.write("journeys/bread/02-purchase.md", """
            ---
            stage: Purchase
            emotions: { ann: -1, bob: -2 }
            ---

            """)
        folder.write("journeys/bread/03-loyalty.md", """
            ---
            stage: Loyalty
            steps: [{ name: Comes back, score: 2, actors: [ann, bob] }, { name: Tells others }]
            emotion: 1
            ---

            """)
    }

    @Test func exportsSectionsTasksAndActorsOnMermaidsScale() throws {
        let folder = sampleContent()
        Self.writeJourney(into: folder)
        let (text, diagnostics) = try folder.author.exportMermaid(journey: "bread")
        #expect(diagnostics.isEmpty)
        #expect(text == """
            journey
                title Buying bread
                section Awareness
                  Sees an ad: 4: Ann
                  Hears from a friend: 3: Bob Stone
                  Walks past the shop: 5: Ann, Bob Stone
                section Purchase
                  Purchase: 2: Ann, Bob Stone
                section Loyalty
                  Comes back: 5: Ann, Bob Stone
                  Tells others: 4: Ann, Bob Stone

            """)
    }

    @Test func exportThenImportGivesBackStagesStepsScoresAndActors() throws {
        let source = sampleContent()
        Self.writeJourney(into: source)
        let text = try #require(try source.author.exportMermaid(journey: "bread").text)

        let target = sampleContent()
        target.write("personas/bob.md", ContentSamples.persona("Bob Stone"))
        let outcome = try target.author.importMermaid(text, file: "bread.mmd")
        #expect(outcome.plan?.newPersonas == [], "Ann and Bob Stone are matched by name")
        let result = target.load()
        #expect(result.errors.isEmpty, "\(result.errors)")

        let original = try #require(source.load().content.journey("bread"))
        let imported = try #require(result.content.journey("buying-bread"))
        #expect(imported.title == original.title)
        #expect(Set(imported.personas) == Set(original.personas))
        #expect(imported.stages.map(\.name) == original.stages.map(\.name))
        for (before, after) in zip(original.stages, imported.stages) where !before.steps.isEmpty {
            #expect(after.steps.map(\.name) == before.steps.map(\.name))
            for (old, new) in zip(before.steps, after.steps) {
                let everyone = Set(original.personas)
                #expect(Set(old.actors ?? Array(everyone)) == Set(new.actors ?? []))
                let expected = old.score ?? before.emotion
                #expect(abs((new.score ?? .nan) - (expected ?? .nan)) <= 0.5, "\(old.name): within half a Mermaid step")
            }
        }
        #expect(imported.stages[1].steps == [Step(name: "Purchase", score: -1, actors: ["ann", "bob"])],
                "a stage without steps comes back as one step with the stage's mean, -1.5, rounded on Mermaid's scale")
    }

    @Test func namesAreWrittenWithEntityCodesWhereMermaidWouldReadSyntax() throws {
        let folder = sampleContent()
        folder.write("journeys/odd/journey.md", ContentSamples.journey(personas: ["ann"]))
        folder.write("journeys/odd/01-a.md", ContentSamples.stage("\"Step: one # two\"", extra: "steps: [\"Pay; then: wait\"]\n"))
        let (text, diagnostics) = try folder.author.exportMermaid(journey: "odd")
        #expect(text?.contains("    section Step#58; one #35; two\n      Pay#59; then#58; wait: 4: Ann\n") == true)
        #expect(diagnostics.isEmpty)
    }

    @Test func namesMermaidWouldMisreadComeBackAsTheyWere() throws {
        let source = sampleContent()
        source.write("personas/bob.md", ContentSamples.persona("\"Bob, Jr: #1\""))
        source.write("journeys/odd/journey.md", ContentSamples.journey(personas: ["ann", "bob"]))
        let names = ["Journey home", "Title search", "Section planning", "accDescr {x}", "%%x", "a%%b", "50% off", "Line\nbreak",
                     "Has <br/> written", "Zoë's 🚀 #quot;", "A; B: C, D"]
        let steps = names.map { "  - { name: \(YAMLText.scalar($0)), score: 1, actors: [bob] }\n" }.joined()
        source.write("journeys/odd/01-a.md", ContentSamples.stage("\"Section: 2\\nof 3\"", extra: "steps:\n" + steps))
        let (text, diagnostics) = try source.author.exportMermaid(journey: "odd")
        #expect(diagnostics.isEmpty)
        let exported = try #require(text)
        #expect(exported.contains("    section Section#58; 2<br>of 3\n      #74;ourney home: 4: Bob#44; Jr#58; #35;1\n"))

        let target = sampleContent()
        let outcome = try target.author.importMermaid(exported, file: "odd.mmd")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let stage = try #require(outcome.plan?.journey.stages.first)
        #expect(stage.name == "Section: 2\nof 3")
        #expect(stage.steps.map(\.name) == names)
        #expect(outcome.plan?.newPersonas.map(\.name) == ["Bob, Jr: #1"])
    }

    @Test func aLineBreakInTheTitleIsASpaceWithAWarning() throws {
        let folder = sampleContent()
        folder.write("journeys/two/journey.md", ContentSamples.journey(personas: ["ann"]).replacingOccurrences(of: "Buying bread", with: "\"Buying\\nbread\""))
        let (text, diagnostics) = try folder.author.exportMermaid(journey: "two")
        #expect(text?.hasPrefix("journey\n    title Buying bread\n") == true)
        #expect(diagnostics.map(\.description) == [
            "Content/journeys/two/journey.md:1:1: warning: the title 'Buying\nbread' holds a line break, exported as a space\n"
                + "    hint: Mermaid draws no line break in a title or an actor's name",
        ])
    }

    @Test func unknownJourneyAndBrokenContentExportNothing() throws {
        let folder = sampleContent()
        let error = try #require(throws: AuthoringError.self) { try folder.author.exportMermaid(journey: "nope") }
        #expect(error.message == "there is no journey 'nope' in Content/journeys")
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["nobody"]))
        let (text, diagnostics) = try folder.author.exportMermaid(journey: "bread")
        #expect(text == nil)
        #expect(diagnostics.hasErrors)
    }
}
