import Foundation
import JourneyAuthoring
import JourneyModel
import Testing
import TestSupport

@Suite("journeymap import mermaid")
struct MermaidImportTests {
    @Test func importedJourneyLoadsWithoutErrors() throws {
        let folder = sampleContent()
        let outcome = try folder.author.importMermaid(MermaidParserTests.workingDay, file: "day.mmd")
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.written == ["Content/personas/me.md", "Content/personas/cat.md", "Content/journeys/my-working-day/journey.md",
                                    "Content/journeys/my-working-day/01-go-to-work.md", "Content/journeys/my-working-day/02-go-home.md"])
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let journey = try #require(result.content.journey("my-working-day"))
        #expect(journey.title == "My working day")
        #expect(journey.personas == ["me", "cat"])
        #expect(journey.stages.map(\.name) == ["Go to work", "Go home"])
        #expect(journey.stages[0].steps == [
            Step(name: "Make tea", score: 2, actors: ["me"]), Step(name: "Go upstairs", score: 0, actors: ["me"]),
            Step(name: "Do work", score: -2, actors: ["me", "cat"]),
        ])
        #expect(result.content.persona("cat")?.name == "Cat")
        #expect(journey.scenario == "A working day", "accTitle is the scenario, never the title")
        #expect(journey.bodyHTML.contains("How the day feels, task by task"), "accDescr is the summary")
    }

    @Test func withoutATitleTheFileNamesTheJourneyNotAccTitle() throws {
        let folder = sampleContent()
        let outcome = try folder.author.importMermaid("journey\naccTitle: Accessible\nsection S\nA: 3\n", file: "my day.mmd")
        #expect(outcome.plan?.journey.title == "my day")
        #expect(outcome.plan?.journey.scenario == "Accessible")
    }

    @Test func aTaskWithoutActorsIsNoOnesAndExportsBackWithoutActors() throws {
        let folder = sampleContent()
        _ = try folder.author.importMermaid("journey\ntitle Tea\nsection S\n  Make tea: 5\n  Drink: 1: Ann\n", file: "t.mmd")
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let journey = try #require(result.content.journey("tea"))
        #expect(journey.stages[0].steps == [Step(name: "Make tea", score: 2, actors: []), Step(name: "Drink", score: -2, actors: ["ann"])])
        let text = try folder.author.exportMermaid(journey: "tea").text
        #expect(text?.contains("      Make tea: 5\n      Drink: 1: Ann\n") == true)
    }

    @Test func scoresAboveFiveAreReadOnTheSmallestScaleThatHoldsThemWithAWarning() throws {
        let folder = sampleContent()
        let seven = try folder.author.importMermaid("journey\ntitle Seven\nsection S\nA: 1\nB: 7\nC: 4\n", file: "s.mmd")
        #expect(seven.plan?.journey.stages[0].steps.map(\.score) == [-2, 2, 0])
        #expect(seven.diagnostics.map(\.description) == [
            "s.mmd:5:4: warning: scores go up to 7, above Mermaid's 1…5: the diagram is read on 1…7, mapped onto the site's -2…2\n"
                + "    hint: pass --scale MIN..MAX if the diagram is scored on another range, e.g. --scale 0..10",
        ])
        let ten = try folder.author.importMermaid("journey\ntitle Ten\nsection S\nA: 1\nB: 10\nC: 5.5\n", file: "t.mmd")
        #expect(ten.plan?.journey.stages[0].steps.map(\.score) == [-2, 2, 0])
        #expect(ten.diagnostics.map(\.message).first?.contains("read on 1…10") == true)
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func aScaleGivenOnTheCommandLineIsUsed() throws {
        let folder = sampleContent()
        let zeroToTen = try #require(MermaidScale(argument: "0..10"))
        let outcome = try folder.author.importMermaid("journey\ntitle NPS\nsection S\nA: 0\nB: 10\nC: 5\n", file: "n.mmd", scale: zeroToTen)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.plan?.journey.stages[0].steps.map(\.score) == [-2, 2, 0])

        let narrow = try folder.author.importMermaid("journey\ntitle Narrow\nsection S\n  A: 7\n", file: "w.mmd", scale: .mermaid)
        #expect(narrow.plan == nil)
        #expect(narrow.diagnostics.map(\.description) == [
            "w.mmd:4:6: error: the score of 'A' is 7, outside --scale 1..5\n    hint: correct the score, or widen --scale",
        ])
    }

    @Test func scoresOffEveryScaleAreErrors() throws {
        let folder = sampleContent()
        let outcome = try folder.author.importMermaid("journey\ntitle Off\nsection S\n  A: 0: Me\n  B: 12: Me\n  C: 3: Me\n", file: "o.mmd")
        #expect(outcome.plan == nil && outcome.written.isEmpty)
        #expect(outcome.diagnostics.map(\.description) == [
            "o.mmd:4:6: error: the score of 'A' is 0, outside Mermaid's 1…5 and the wider 1…7 and 1…10\n"
                + "    hint: correct the score, or pass the diagram's own scale, e.g. --scale 0..12",
            "o.mmd:5:6: error: the score of 'B' is 12, outside Mermaid's 1…5 and the wider 1…7 and 1…10\n"
                + "    hint: correct the score, or pass the diagram's own scale, e.g. --scale 0..12",
        ])
    }

    @Test func theScaleOptionReadsMinDotDotMax() {
        #expect(MermaidScale(argument: "1..10") == MermaidScale(min: 1, max: 10))
        #expect(MermaidScale(argument: "-2..2")?.description == "-2…2")
        #expect(MermaidScale(argument: " 0 .. 7 ") == MermaidScale(min: 0, max: 7))
        #expect(["5..1", "3..3", "1-10", "1...10", "1..x", "..5", ""].allSatisfy { MermaidScale(argument: $0) == nil })
    }

    @Test func tasksBeforeTheFirstSectionGoIntoAStageNamedAfterTheTitle() throws {
        let folder = sampleContent()
        _ = try folder.author.importMermaid("journey\ntitle Morning\nWake up: 2: Ann\nsection Breakfast\nEat: 5: Ann\n", file: "m.mmd")
        _ = try folder.author.importMermaid("journey\nWake up: 3\n", file: "notes/untitled day.mmd")
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let morning = try #require(result.content.journey("morning"))
        #expect(morning.stages.map(\.name) == ["Morning", "Breakfast"])
        #expect(morning.personas == ["ann"], "Ann matches the existing persona by name")
        let untitled = try #require(result.content.journey("untitled-day"))
        #expect(untitled.title == "untitled day")
        #expect(untitled.stages.map(\.name) == ["Journey"])
        #expect(untitled.stages[0].steps == [Step(name: "Wake up", score: 0, actors: [])], "a task without actors is no one's")
    }

    @Test func sectionsWithTheSameNameGetTheirOwnNotes() throws {
        let folder = sampleContent()
        let outcome = try folder.author.importMermaid("journey\ntitle Twice\nsection Go\nA: 3\nsection Go\nB: 4\nsection ???\n",
                                                      file: "t.mmd")
        #expect(outcome.written.suffix(3) == ["Content/journeys/twice/01-go.md", "Content/journeys/twice/02-go-2.md",
                                              "Content/journeys/twice/03-stage.md"])
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.content.journey("twice")?.stages.map(\.name) == ["Go", "Go", "???"])
    }

    @Test func scoresAreMappedOntoTheSitesScale() throws {
        let folder = sampleContent(site: "title: Ten\nscale: { min: 0, max: 10 }\n")
        _ = try folder.author.importMermaid("journey\ntitle Scores\nsection S\nA: 1\nB: 2\nC: 3.5\nD: 5\n", file: "s.mmd")
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.content.journey("scores")?.stages[0].steps.map(\.score) == [0, 2.5, 6.25, 10])
    }

    @Test func anErrorWritesNothing() throws {
        let folder = sampleContent()
        let outcome = try folder.author.importMermaid("journey\ntitle Bad\nsection S\n  Fine: 3: Bob\n  Too bad: 0: Bob\n", file: "bad.mmd")
        #expect(outcome.plan == nil && outcome.written.isEmpty)
        #expect(outcome.diagnostics.map(\.description.first) == ["b"])
        #expect(outcome.diagnostics.first?.description.hasPrefix("bad.mmd:5:12: error: the score of 'Too bad' is 0") == true)
        #expect(folder.files() == ["personas/ann.md", "site.yml"])
    }

    @Test func anExistingJourneyIsNotOverwritten() throws {
        let folder = sampleContent()
        folder.write("journeys/bad/journey.md", ContentSamples.journey(personas: []))
        let error = try #require(throws: AuthoringError.self) {
            try folder.author.importMermaid("journey\ntitle Bad\nsection S\n  Task: 3: New Person\n", file: "bad.mmd")
        }
        #expect(error.message == "Content/journeys/bad already exists (and 1 more); nothing was written")
        #expect(!folder.exists("personas/new-person.md"))
    }

    @Test func withoutSiteYmlTheDefaultScaleIsUsedWithAWarning() throws {
        let folder = TemporaryFolder()
        let outcome = try folder.author.importMermaid("journey\ntitle T\nsection S\n  Task: 4\n", file: "t.mmd")
        #expect(outcome.diagnostics.map(\.severity) == [.warning])
        #expect(outcome.diagnostics.first?.location.file == "Content/site.yml")
        #expect(outcome.plan?.journey.stages.first?.steps.first?.score == 1)
    }
}
