import JourneyAuthoring
import JourneyModel
import Testing

@Suite("Reading Mermaid journey diagrams")
struct MermaidParserTests {
    /// The example of Mermaid's documentation, with comments and accessibility lines.
    static let workingDay = """
        %% From https://mermaid.js.org/syntax/userJourney.html
        journey
            title My working day
            accTitle: A working day
            accDescr: How the day feels, task by task
            section Go to work
              Make tea: 5: Me
              Go upstairs: 3: Me
              %% the worst part
              Do work: 1: Me, Cat
            section Go home
              Go downstairs: 5: Me
              Sit down: 5: Me
        """

    @Test func readsTitleSectionsTasksAndActors() {
        let (diagram, diagnostics) = MermaidParser.parse(Self.workingDay, file: "day.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.title == "My working day")
        #expect(diagram.accessibleTitle == "A working day")
        #expect(diagram.accessibleDescription == "How the day feels, task by task")
        #expect(diagram.sections.map(\.name) == ["Go to work", "Go home"])
        let work = diagram.sections[0].tasks
        #expect(work.map(\.name) == ["Make tea", "Go upstairs", "Do work"])
        #expect(work.map(\.score) == [5, 3, 1])
        #expect(work[2].actors == ["Me", "Cat"])
        #expect(work[2].location == SourceLocation(file: "day.mmd", line: 10, column: 7))
    }

    @Test func tasksBeforeTheFirstSectionHaveASectionWithoutName() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\n  Wake up: 2: Me\n  Snooze: 4\n  section Breakfast\n  Eat: 5: Me\n",
                                                         file: "day.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.title == nil)
        #expect(diagram.sections.map(\.name) == [nil, "Breakfast"])
        #expect(diagram.sections[0].tasks.map(\.name) == ["Wake up", "Snooze"])
        #expect(diagram.sections[0].tasks[1].actors.isEmpty)
    }

    @Test func readsAMultiLineDescriptionAndFrontMatter() {
        let text = """
            ---
            title: Ignored configuration
            ---
            journey
              accDescr {
                First line,
                second line.
              }
              section Only
                Task: 4: Me
            """
        let (diagram, diagnostics) = MermaidParser.parse(text, file: "d.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.accessibleDescription == "First line,\nsecond line.")
        #expect(diagram.sections.first?.tasks.first?.score == 4)
    }

    @Test func reportsEveryUnreadableLineWithItsPosition() {
        let text = """
            journey
              title Bad day
              section Morning
                Too good: 7: Me
                No score
                Word score: high: Me
                Empty score:  : Me
                participant Me
                : 3: Me
            """
        let (_, diagnostics) = MermaidParser.parse(text, file: "bad.mmd")
        #expect(diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } == [
            "bad.mmd:4:15: error: the score of 'Too good' is 7, outside Mermaid's 1…5",
            "bad.mmd:5:5: error: cannot read 'No score': it is neither a keyword nor a task",
            "bad.mmd:6:17: error: the score of 'Word score' is 'high', not a number",
            "bad.mmd:7:19: error: the task 'Empty score' has no score",
            "bad.mmd:8:5: error: cannot read 'participant Me': it is neither a keyword nor a task",
            "bad.mmd:9:5: error: the task has no name before ':'",
        ])
        #expect(diagnostics.allSatisfy { $0.hint != nil })
    }

    @Test func refusesOtherDiagramsAndUnclosedBlocks() {
        let flowchart = MermaidParser.parse("%% a flowchart\nflowchart LR\n  A --> B\n", file: "f.mmd").1
        #expect(flowchart.map(\.description.first) == ["f"])
        #expect(flowchart.first?.location.line == 2)
        #expect(flowchart.first?.message.contains("not a user journey") == true)

        let unclosed = MermaidParser.parse("journey\n  accDescr {\n  never closed\n", file: "u.mmd").1
        #expect(unclosed.map(\.message) == ["'accDescr {' is never closed"])
        #expect(MermaidParser.parse("", file: "e.mmd").1.map(\.message) == ["the file holds no diagram"])
    }

    @Test func aSecondTitleIsAWarning() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\ntitle One\ntitle Two\n", file: "t.mmd")
        #expect(diagram.title == "Two")
        #expect(diagnostics.map(\.severity) == [.warning])
    }
}
