import JourneyAuthoring
import JourneyModel
import Testing

/// The diagrams of `MermaidFixtures`, read as Mermaid reads them.
@Suite("Reading journey diagrams in the styles people write them")
struct MermaidStyleTests {
    @Test func mermaidsTestSuite() {
        let (accessibility, problems) = MermaidParser.parse(MermaidFixtures.specAccessibility, file: "spec.mmd")
        #expect(problems.isEmpty)
        #expect(accessibility.accessibleDescription == "A user journey for\nfamily shopping")
        #expect(accessibility.title == "Adding journey diagram functionality to mermaid", "the title right after '}' is read")
        #expect(accessibility.accessibleTitle == "Adding acc journey diagram functionality to mermaid")
        #expect(accessibility.sections.map(\.name) == ["Order from website"])

        let (lineBreaks, breakProblems) = MermaidParser.parse(MermaidFixtures.specLineBreaks, file: "spec.mmd")
        #expect(breakProblems.isEmpty)
        #expect(lineBreaks.sections.map(\.name) == ["Line1\nLine2\nLine3</br />Line4\nLine5"], "'</br />' is no line break for Mermaid")
    }

    @Test func mermaidsDemoPage() {
        let (diagram, problems) = MermaidParser.parse(MermaidFixtures.demo, file: "demo.mmd")
        #expect(problems.isEmpty)
        #expect(diagram.title == "My working day")
        #expect(diagram.accessibleTitle == "Very simple journey demo")
        #expect(diagram.accessibleDescription == "2 main sections: work and home, each with just a few tasks")
        #expect(diagram.sections.map { $0.tasks.count } == [3, 2])
    }

    @Test func mermaidsRenderingTests() {
        let (diagram, problems) = MermaidParser.parse(MermaidFixtures.cypress, file: "cypress.mmd")
        #expect(problems.isEmpty)
        #expect(diagram.title == "Web hook life cycle")
        #expect(diagram.sections.map(\.name) == ["Darkoob", "External Service", "Darkoob"])
        let tasks = diagram.sections.flatMap(\.tasks)
        #expect(tasks.map(\.name) == ["Make preBuilt", "register slug", "Map slug to a Prebuilt Job", "set Darkoob slug as hook for an Event",
                                      "listen to the events", "check for inputs"])
        #expect(tasks.map(\.actors) == [["Darkoob user"], ["Darkoob userf deliberately increasing the size of this label"], ["Darkoob user"],
                                        ["admin Exjjjnjjjj qwerty"], ["External Service"], ["DarkoobAPI"]])
        #expect(tasks[3].scoreLocation == SourceLocation(file: "cypress.mmd", line: 13, column: 49))
    }

    @Test func aFrenchReadmeWithTabsCRLFAndEmoji() {
        let (diagram, problems) = MermaidParser.parse(MermaidFixtures.frenchReadme, file: "achat.mmd")
        #expect(problems.isEmpty)
        #expect(diagram.title == "Parcours d’achat 🛒 — été 2024")
        #expect(diagram.sections.map(\.name) == ["Découverte", "Achat"])
        let tasks = diagram.sections.flatMap(\.tasks)
        #expect(tasks.map(\.name) == ["Voit une pub Instagram 📱", "Lit les avis", "Paie en ligne"])
        #expect(tasks.map(\.actors) == [["Zoë", "Jérôme"], ["Zoë"], ["Jérôme"]])
        #expect(tasks.map(\.score) == [4, 3, 2])
        #expect(tasks[0].location == SourceLocation(file: "achat.mmd", line: 7, column: 3), "a tab is a column, CRLF one line end")
    }
}
