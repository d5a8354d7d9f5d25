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

    @Test func theFrontMatterGivesTheTitleUntilATitleLineReplacesIt() {
        let text = """
            ---
            title: "Front: matter"   # a comment
            config: { theme: forest }
            ---
            journey
              section Only
                Task: 4: Me
            """
        let (diagram, diagnostics) = MermaidParser.parse(text, file: "d.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.title == "Front: matter")

        // Mermaid sets the front matter's title first, then each 'title' line as it parses it.
        let (replaced, warnings) = MermaidParser.parse("---\ntitle: Front\n---\njourney\ntitle Line\n", file: "d.mmd")
        #expect(replaced.title == "Line")
        #expect(warnings.map(\.description) == [
            "d.mmd:5:1: warning: this title replaces the front matter's title 'Front', as in Mermaid\n"
                + "    hint: keep one of them: Mermaid shows the 'title' line's",
        ])
    }

    @Test func accessibilityTextsAreKeptApartFromTheTitle() {
        let text = """
            journey
              accTitle: Shopping; with #35;hash
              accDescr {
                First line,

                second line.
              }
              section Only
                Task: 4: Me
            """
        let (diagram, diagnostics) = MermaidParser.parse(text, file: "d.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.title == nil)
        #expect(diagram.accessibleTitle == "Shopping; with #hash", "';' is text in accTitle")
        #expect(diagram.accessibleDescription == "First line,\nsecond line.", "Mermaid removes the indentation and blank lines")
    }

    @Test func keywordsAreReadInAnyCase() {
        let (diagram, diagnostics) = MermaidParser.parse(MermaidFixtures.shouting, file: "s.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.title == "Shouting")
        #expect(diagram.sections.map(\.name) == ["Morning"])
        #expect(diagram.accessibleTitle == "Loud" && diagram.accessibleDescription == "Very loud")

        let (_, capital) = MermaidParser.parse("Journey\nA: 3\n", file: "j.mmd")
        #expect(capital.map(\.severity) == [.warning], "Mermaid's lexer reads 'Journey', but its detector wants 'journey'")
        #expect(capital.first?.message.contains("only by 'journey' in lower case") == true)
    }

    @Test func lineBreaksAndEntityCodesAreReadAsMermaidShowsThem() {
        let text = """
            journey
              title Day<br>one #59; #quot;quoted#quot;
              section Go<BR/>to work #9829;
                Make<br />tea #58; hot: 5: Me<br>Myself, Bob#44; Jr
                Odd #foo; code: 4: #35;1 fan
            """
        let (diagram, diagnostics) = MermaidParser.parse(text, file: "d.mmd")
        #expect(diagnostics.isEmpty)
        #expect(diagram.title == "Day one ; \"quoted\"", "a title keeps no line break")
        #expect(diagram.sections.map(\.name) == ["Go\nto work ♥"])
        let tasks = diagram.sections[0].tasks
        #expect(tasks.map(\.name) == ["Make\ntea : hot", "Odd &foo; code"], "a name HTML does not know shows as '&foo;'")
        #expect(tasks.map(\.actors) == [["Me Myself", "Bob, Jr"], ["#1 fan"]], "an actor keeps no line break; '#44;' is no separator")
    }

    @Test func aTaskWithoutActorsHasNone() {
        let (diagram, diagnostics) = MermaidParser.parse(MermaidFixtures.specTasks, file: "spec.mmd")
        #expect(diagnostics.isEmpty)
        let tasks = diagram.sections.flatMap(\.tasks)
        #expect(tasks.map(\.name) == ["A task", "B task", "C task", "D task", "E task", "P task", "Q task", "R task"])
        #expect(tasks.map(\.actors) == [["Alice", "Bob", "Charlie"], ["Bob", "Charlie"], [], ["Charlie", "Alice"], [], [], [], []])
        #expect(tasks.map(\.score) == [5, 3, 5, 5, 5, 5, 5, 5])
    }

    @Test func commentsAndDirectivesAreSkippedAsMermaidSkipsThem() {
        let text = """
            %%{init: {"theme": "forest", "journey": {"useMaxWidth": true}}}%%
            %% a comment line
            journey
              title Day   # after '#' the line is a comment
              %%{wrap}%%
              section Morning %% kept
                Wake up: 3: Me, Cat # the cat too
            """
        let (diagram, diagnostics) = MermaidParser.parse(text, file: "c.mmd")
        #expect(diagram.title == "Day")
        #expect(diagram.sections.map(\.name) == ["Morning %% kept"], "'%%' starts a comment only at the start of a line")
        #expect(diagram.sections.first?.tasks.first?.actors == ["Me", "Cat"])
        #expect(diagnostics.map(\.description) == [
            "c.mmd:4:15: warning: Mermaid reads '# after '#' the line is a comment' as a comment, left out\n"
                + "    hint: write #35; for a '#' that belongs to the text",
            "c.mmd:6:19: warning: Mermaid keeps '%% kept' as text: '%%' starts a comment only at the start of a line\n"
                + "    hint: put the comment on a line of its own",
            "c.mmd:7:25: warning: Mermaid reads '# the cat too' as a comment, left out\n"
                + "    hint: write #35; for a '#' that belongs to the text",
        ])
    }

    @Test func reportsEveryUnreadableLineWithItsPosition() {
        let text = """
            journey
              title Bad day
              section Morning
                No score
                Word score: high: Me
                Empty score:  : Me
                participant Me
                : 3: Me
                A: 5: Me; B: 1: Me
                Journey home: 3: Me
                Call #2: 5: Me
                Name:
              Section planning: 4: Me
              accTitle oops
              title: Oops
              section
            """
        let (_, diagnostics) = MermaidParser.parse(text, file: "bad.mmd")
        #expect(diagnostics.map { "\($0.location): \($0.message)" } == [
            "bad.mmd:4:5: cannot read 'No score': it is neither a keyword nor a task",
            "bad.mmd:5:17: the score of 'Word score' is 'high', not a number",
            "bad.mmd:6:19: the task 'Empty score' has no score",
            "bad.mmd:7:5: cannot read 'participant Me': it is neither a keyword nor a task",
            "bad.mmd:8:5: the task has no name before ':'",
            "bad.mmd:9:13: Mermaid does not accept ';' in a journey, but in accTitle and accDescr",
            "bad.mmd:10:5: Mermaid reads 'Journey' here as its 'journey' keyword, which only starts a diagram",
            "bad.mmd:11:10: Mermaid reads '#' as the start of a comment, so the task 'Call' has no score",
            "bad.mmd:12:10: the task 'Name' has no score after ':'",
            "bad.mmd:13:19: Mermaid ends the section's name at ':' and cannot read the rest of the line",
            "bad.mmd:14:3: cannot read 'accTitle oops': 'accTitle' needs ':' after it",
            "bad.mmd:15:8: Mermaid writes 'title' without ':' after it",
            "bad.mmd:16:3: 'section' has nothing after it",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.hint != nil })
        #expect(diagnostics[6].hint?.hasSuffix("e.g. '#74;ourney home'") == true)
        #expect(diagnostics[9].hint?.hasSuffix("e.g. '#83;ection planning'") == true)
    }

    @Test func aSemicolonIsAnErrorNotAPersona() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\nsection S\n  A: 5: Me; B: 1: Me\n", file: "s.mmd")
        #expect(diagnostics.map(\.description) == [
            "s.mmd:3:11: error: Mermaid does not accept ';' in a journey, but in accTitle and accDescr\n"
                + "    hint: write #59; for a ';' in a name, and each task on a line of its own",
        ])
        #expect(diagram.sections.flatMap(\.tasks).flatMap(\.actors) == ["Me"])
    }

    @Test func refusesOtherDiagramsAndUnclosedBlocks() {
        let flowchart = MermaidParser.parse("%% a flowchart\nflowchart LR\n  A --> B\n", file: "f.mmd").1
        #expect(flowchart.map(\.description.first) == ["f"])
        #expect(flowchart.first?.location.line == 2)
        #expect(flowchart.first?.message.contains("not a user journey") == true)

        let unclosed = MermaidParser.parse("---\ntitle: T\n---\n%% c\njourney\n  accDescr {\n  never closed\n", file: "u.mmd").1
        #expect(unclosed.map(\.description.first) == ["u"])
        #expect(unclosed.first?.location == SourceLocation(file: "u.mmd", line: 6, column: 3))
        #expect(unclosed.first?.message.hasPrefix("'accDescr {' is never closed") == true)
        let frontMatter = MermaidParser.parse("---\ntitle: T\njourney\n", file: "m.mmd").1
        #expect(frontMatter.map(\.message) == ["the front matter opened with '---' is never closed"])
        let indented = MermaidParser.parse("  ---\n  title: T\n  ---\njourney\n", file: "i.mmd").1
        #expect(indented.first?.hint?.hasSuffix("a front matter block must start on the first line, its '---' lines unindented") == true)
        #expect(MermaidParser.parse("", file: "e.mmd").1.map(\.message) == ["the file holds no diagram"])
        #expect(MermaidParser.parse("%% only a comment\n", file: "e.mmd").1.map(\.message) == ["the file holds no diagram"])
    }

    @Test func aSecondTitleIsAWarning() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\ntitle One\ntitle Two\n", file: "t.mmd")
        #expect(diagram.title == "Two")
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func aKeywordAloneTakesTheNextLineAsItsTextWithAWarning() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\nsection\nMorning\n  Wake up: 3\n", file: "k.mmd")
        #expect(diagram.sections.map(\.name) == ["Morning"], "Mermaid's '\\s' after 'section' is a line end too")
        #expect(diagnostics.map(\.description) == [
            "k.mmd:2:1: warning: Mermaid takes the next line, 'Morning', as the section's name\n    hint: write the section's name on the 'section' line",
        ])
    }

    @Test func aTitleThatReadsLikeATaskIsATitleWithAWarning() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\ntitle Day\n  Title search: 5: Me\naccDescr:\nsection B\n", file: "t.mmd")
        #expect(diagram.title == "search: 5: Me" && diagram.accessibleDescription == "section B" && diagram.sections.isEmpty)
        #expect(diagnostics.map(\.message) == [
            "Mermaid reads 'Title search: 5: Me' as the title, not as a task",
            "a second title replaces 'Day'",
            "Mermaid takes the next line, 'section B', as the accessible description",
        ])
        #expect(diagnostics[0].hint == "for a task, write the first letter of its name as an entity code, e.g. '#84;itle search'")
    }

    @Test func spacesAndTabsInANameAreOneSpaceAsMermaidDrawsThem() {
        let (diagram, _) = MermaidParser.parse("journey\ntitle Tabs\tand  spaces \nsection  Two \t spaces\n  Task\t:\t4\t:\tMe\t,\tCat #160;Kit\n", file: "t.mmd")
        #expect(diagram.title == "Tabs and spaces")
        #expect(diagram.sections.map(\.name) == ["Two spaces"])
        #expect(diagram.sections.first?.tasks.first?.actors == ["Me", "Cat \u{A0}Kit"], "an entity code's space is kept")
    }

    @Test func percentsInsideALineAreTextWithAWarning() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\nTask: 4: Me %% note\n", file: "p.mmd")
        #expect(diagram.sections.first?.tasks.first?.actors == ["Me %% note"], "as Mermaid shows it")
        #expect(diagnostics.map(\.description) == [
            "p.mmd:2:13: warning: Mermaid keeps '%% note' as text: '%%' starts a comment only at the start of a line\n"
                + "    hint: put the comment on a line of its own",
        ])
    }

    @Test func whatFollowsTheActorsIsLeftOutWithAWarning() {
        let (diagram, diagnostics) = MermaidParser.parse("journey\nTask: 4: Me: Cat\n", file: "t.mmd")
        #expect(diagram.sections.first?.tasks.first?.actors == ["Me"])
        #expect(diagnostics.map(\.description) == [
            "t.mmd:2:12: warning: Mermaid leaves out ': Cat' after the actors\n    hint: remove it, or write #58; for a ':' in an actor's name",
        ])
    }
}
