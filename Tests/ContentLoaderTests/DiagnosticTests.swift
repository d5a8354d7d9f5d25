import ContentLoader
import JourneyModel
import Testing
import TestSupport

/// Each check of the loader: the diagnostic, its severity, and its file:line:column.
@Suite("Content diagnostics")
struct DiagnosticTests {
    /// The sample folder with one file replaced.
    private func loadSample(replacing relative: String, with text: String) -> ContentLoader.Result {
        loadSample(replacing: [relative: text])
    }

    private func loadSample(replacing files: [String: String]) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        for (relative, text) in files { folder.write(relative, text) }
        return load(folder)
    }

    @Test func yamlSyntaxErrorNamesTheFileLine() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nactions: [a, b\nowner: x\n---\n")
        let error = try #require(result.diagnostic(containing: "YAML syntax error"))
        #expect(error.severity == .error)
        #expect(error.location.file == "Content/journeys/bread/01-awareness.md")
        #expect(error.location.line >= 3)
        #expect(error.hint != nil)
    }

    @Test func aMisspeltKeyIsAnErrorSinceWhatItHoldsWouldVanish() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nemotoin: 1\npain_point: [Slow]\nopportunity: [Faster]\n---\n")
        let error = try #require(result.diagnostic(containing: "unknown key 'emotoin'"))
        #expect(error.severity == .error)
        #expect(error.location.description == "Content/journeys/bread/01-awareness.md:3:1")
        #expect(error.hint == "did you mean 'emotion'?")
        #expect(result.diagnostic(containing: "unknown key 'pain_point'")?.hint == "did you mean 'pain_points'?")
        #expect(result.diagnostic(containing: "unknown key 'opportunity'")?.hint == "did you mean 'opportunities'?")
    }

    @Test func aKeyLikeNoOtherIsAWarning() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nemotion: 1\ninterviewer: Lea\n---\n")
        let warning = try #require(result.diagnostic(containing: "unknown key 'interviewer'"))
        #expect(warning.severity == .warning)
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func oneMisspeltPersonaInTheHeaderIsOneErrorNotOnePerStage() throws {
        let result = loadSample(replacing: [
            "journeys/bread/journey.md": "---\ntitle: Buying bread\npersonas: [anne]\n---\n",
            "journeys/bread/01-awareness.md": "---\nstage: Awareness\nemotions: { ann: 1 }\n---\n",
            "journeys/bread/02-purchase.md": "---\nstage: Purchase\nemotions: { ann: -1 }\nsteps: [{ name: Pay, actors: [ann] }]\n---\n",
        ])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description)
            == ["Content/journeys/bread/journey.md:3:12: error: unknown persona 'anne'\n    hint: did you mean 'ann'?"])
    }

    @Test func theSameMistakeInManyPlacesIsOneMessageThatListsThem() throws {
        let stage = { (name: String) in "---\nstage: \(name)\nemotions: { zoe: 1 }\n---\n" }
        let result = loadSample(replacing: ["journeys/bread/01-awareness.md": stage("Awareness"), "journeys/bread/02-purchase.md": stage("Purchase")])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["'zoe' is not a persona of this journey (also at Content/journeys/bread/02-purchase.md:3:13)"])
        #expect(errors.first?.location.description == "Content/journeys/bread/01-awareness.md:3:13")
    }

    @Test func wrongTypeIsAnError() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nemotion: [1, 2]\nactions: { a: b }\n---\n")
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:3:10: error: 'emotion' must be a number, not a list"))
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:4:10: error: 'actions' must be a list of texts, not a mapping"))
    }

    @Test func textWhereANumberIsExpected() {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nemotion: happy\n---\n")
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:3:10: error: 'emotion' must be a number, not 'happy'"))
    }

    @Test func scoreOutsideTheScale() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nemotion: 3\n---\n")
        let error = try #require(result.diagnostic(containing: "outside the emotion scale"))
        #expect(error.location.description == "Content/journeys/bread/01-awareness.md:3:10")
        #expect(error.message == "'emotion' is 3, outside the emotion scale -2…2")
    }

    @Test func touchpointAndStepScoresAreCheckedToo() {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: """
            ---
            stage: Awareness
            touchpoints:
              - { name: Ad, emotion: -5 }
            steps:
              - { name: Sees ad, score: 9 }
            ---
            """)
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:4:26: error: 'emotion' is -5, outside the emotion scale -2…2"))
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:6:29: error: 'score' is 9, outside the emotion scale -2…2"))
    }

    @Test func unknownPersonaInTheJourneyWithSuggestion() throws {
        let result = loadSample(replacing: "journeys/bread/journey.md", with: "---\ntitle: Bread\npersonas: [anne]\n---\n")
        let error = try #require(result.diagnostic(containing: "unknown persona 'anne'"))
        #expect(error.location.description == "Content/journeys/bread/journey.md:3:12")
        #expect(error.hint == "did you mean 'ann'?")
    }

    @Test func emotionsForAPersonaOutsideTheJourney() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: Awareness\nemotions: { ann: 1, zoe: 2 }\n---\n")
        let error = try #require(result.diagnostic(containing: "'zoe' is not a persona of this journey"))
        #expect(error.location.description == "Content/journeys/bread/01-awareness.md:3:21")
    }

    @Test func duplicateStageNumbersAndSlugs() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/01-again.md", ContentSamples.stage("Again"))
        folder.write("journeys/bread/03-purchase.md", ContentSamples.stage("Purchase again"))
        let result = load(folder)
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:1:1: error: stage number 1 is also used by Content/journeys/bread/01-again.md"))
        #expect(result.lines.contains("Content/journeys/bread/03-purchase.md:1:1: error: stage slug 'purchase' is also used by Content/journeys/bread/02-purchase.md"))
    }

    @Test func invalidSlugsAreRefusedWithASuggestion() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("personas/Zoé Smith.md", ContentSamples.persona("Zoé"))
        folder.write("journeys/bread/03-Loyalty Club.md", ContentSamples.stage("Loyalty"))
        folder.write("journeys/bread/notes.md", "text")
        let result = load(folder)
        let persona = try #require(result.diagnostic(containing: "'Zoé Smith' is not a valid name for a persona file"))
        #expect(persona.hint?.contains("zoe-smith") == true)
        #expect(result.diagnostic(containing: "'Loyalty Club' is not a valid name for a stage note") != nil)
        let unnumbered = try #require(result.diagnostic(containing: "must be NN-<slug>.md"))
        #expect(unnumbered.location.file == "Content/journeys/bread/notes.md")
        // 01- to 03- are taken.
        #expect(unnumbered.hint == "rename it like 04-notes.md; the number orders the stages (without numbers on any note, their time_of_day does)")
    }

    @Test func missingRequiredFieldsAndJourneyHeader() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/01-awareness.md", "---\nemotion: 1\n---\n")
        folder.write("journeys/cakes/01-awareness.md", ContentSamples.stage("Awareness"))
        let result = load(folder)
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:2:1: error: the stage note has no 'stage'"))
        #expect(result.lines.contains("Content/journeys/cakes:1:1: error: the journey folder has no journey.md"))
    }

    @Test func comparesNamingNoJourneyIsAWarning() throws {
        let result = loadSample(replacing: "journeys/bread/journey.md", with: "---\ntitle: Bread\npersonas: [ann]\ncompares: bred-future\n---\n")
        let warning = try #require(result.diagnostic(containing: "'compares' names 'bred-future'"))
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "Content/journeys/bread/journey.md")
    }

    @Test func wrongWordsForChoices() throws {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: """
            ---
            stage: Awareness
            evidence: surveys
            pain_points:
              - { text: Slow, severity: hihg }
            ---
            """)
        let evidence = try #require(result.diagnostic(containing: "'evidence' is 'surveys'"))
        #expect(evidence.hint == "did you mean 'survey'?")
        let severity = try #require(result.diagnostic(containing: "'severity' is 'hihg'"))
        #expect(severity.location.description == "Content/journeys/bread/01-awareness.md:5:29")
        #expect(severity.hint == "did you mean 'high'?")
    }

    @Test func siteSettingsAreChecked() {
        let result = loadSample(replacing: "site.yml", with: "title: T\nlanguage: de\nscale: { min: 2, max: -2 }\nbase_url: intranet/cx\ntitel: x\n")
        #expect(result.lines.contains("Content/site.yml:2:11: error: 'language' is 'de'; the interface's words exist in en, fr"))
        #expect(result.diagnostic(containing: "the scale must go up from 'min' to 'max'") != nil)
        #expect(result.diagnostic(containing: "'base_url' must be an absolute http(s) address") != nil)
        #expect(result.diagnostic(containing: "unknown key 'titel'")?.severity == .error)
    }

    @Test func personaColourMustBeHex() {
        let result = loadSample(replacing: "personas/ann.md", with: "---\nname: Ann\ncolor: \"red; background: url(x)\"\n---\n")
        #expect(result.lines.contains("Content/personas/ann.md:3:8: error: 'color' is 'red; background: url(x)', not a hex colour"))
    }

    @Test func anUnquotedColourIsAnEmptyValueAndAnError() throws {
        let result = loadSample(replacing: "personas/ann.md", with: "---\nname: Ann\ncolor: #c2410c\n---\n")
        let error = try #require(result.diagnostic(containing: "'color' is empty"))
        #expect(error.location.line == 3)
        #expect(error.hint?.contains("quote the colour") == true)
    }

    @Test func stageNumbersAreDigitsOnly() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/+3-loyalty.md", ContentSamples.stage("Loyalty"))
        #expect(load(folder).diagnostic(containing: "must be NN-<slug>.md")?.location.file == "Content/journeys/bread/+3-loyalty.md")
    }

    @Test func duplicateKeysAreErrors() {
        let result = loadSample(replacing: "journeys/bread/01-awareness.md", with: "---\nstage: A\nemotion: 1\nemotion: 2\n---\n")
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:4:1: error: 'emotion' is given twice in the same mapping"))
    }

    @Test func notesWithoutFrontMatterOrWithAListAreErrors() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/01-awareness.md", "No front matter here")
        folder.write("journeys/bread/02-purchase.md", "---\n- a\n- b\n---\n")
        let result = load(folder)
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:1:1: error: the note has no front matter"))
        #expect(result.lines.contains("Content/journeys/bread/02-purchase.md:2:1: error: the front matter must be a mapping of keys to values, not a list"))
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/01-awareness.md", bytes: Array("---\nstage: A\nquote: caf".utf8) + [0xE9] + Array(" noir\n---\n".utf8))
        let result = load(folder)
        #expect(result.lines.contains("Content/journeys/bread/01-awareness.md:3:11: error: the file is not valid UTF-8 (byte offset 23)"))
    }

    @Test func everyErrorIsReportedNotJustTheFirst() {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/journey.md", "---\ntitle: Bread\npersonas: [zed]\n---\n")
        folder.write("journeys/bread/01-awareness.md", "---\nstage: A\nemotion: 7\n---\n")
        folder.write("journeys/bread/02-purchase.md", "---\nstage: B\nemotion: [x\n---\n")
        folder.write("personas/ann.md", "---\nname: [Ann\n---\n")
        let result = load(folder)
        let files = Set(result.diagnostics.filter { $0.severity == .error }.map(\.location.file))
        #expect(files == ["Content/journeys/bread/journey.md", "Content/journeys/bread/01-awareness.md",
                          "Content/journeys/bread/02-purchase.md", "Content/personas/ann.md"])
        #expect(result.diagnostics == result.diagnostics.sorted())
    }

    @Test func aMissingSiteFileIsAnError() {
        let folder = TemporaryFolder()
        folder.write("personas/ann.md", ContentSamples.persona("Ann"))
        #expect(load(folder).lines.contains("Content/site.yml:1:1: error: the content folder has no readable site.yml"))
    }
}

@Suite("Empathy maps")
struct EmpathyMapTests {
    @Test func aPersonasEmpathyMapIsReadAndCheckedLikeItsOtherKeys() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("personas/ann.md", "---\nname: Ann\nempathy:\n  says: [\"Is delivery extra?\"]\n  feels: [Rushed, Anxious]\n  gains: One price\n  fels: [x]\n---\n")
        let result = load(folder)
        let empathy = try #require(result.content.persona("ann")?.empathy)
        #expect(empathy == EmpathyMap(says: ["Is delivery extra?"], feels: ["Rushed", "Anxious"], gains: ["One price"]))
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("unknown key 'fels' in empathy") })
    }
}

@Suite("Time of day")
struct TimeOfDayTests {
    @Test func aStageTellsWhenInTheDayItHappens() throws {
        let result = loadTimes(awareness: "7:30", purchase: "\"25:00\"")
        #expect(result.content.journeys.first?.stages.first?.timeOfDay == "07:30")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message == "'time_of_day' is '25:00', not a time of day" })
    }

    @Test func notesWithoutNumbersAreOrderedByTheirTimeOfDay() throws {
        let result = loadDay(["lunch": "Lunch", "breakfast": "Breakfast", "commute": "Commute"],
                             times: ["lunch": "\"12:30\"", "breakfast": "7:45", "commute": "\"08:30\""])
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let stages = try #require(result.content.journeys.first?.stages)
        #expect(stages.map(\.slug) == ["breakfast", "commute", "lunch"])
        #expect(stages.map(\.number) == [1, 2, 3])
    }

    @Test func aNoteWithoutNumberOrTimeAndTwoNotesAtOneTimeAreErrors() throws {
        let result = loadDay(["lunch": "Lunch", "snack": "Snack", "evening": "Evening"],
                             times: ["lunch": "\"12:30\"", "snack": "\"12:30\""])
        let untimed = try #require(result.diagnostic(containing: "needs a time_of_day to be placed"))
        #expect(untimed.location.file == "Content/journeys/bread/evening.md")
        let sameTime = try #require(result.diagnostic(containing: "happens at 12:30, like"))
        #expect(sameTime.message == "'Snack' happens at 12:30, like Content/journeys/bread/lunch.md: which comes first is not clear")
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 2)
    }

    @Test func numbersThatContradictTheTimesOfDayAreAWarning() throws {
        let result = loadTimes(awareness: "\"18:00\"", purchase: "\"08:00\"")
        let clash = try #require(result.diagnostic(containing: "is numbered after"))
        #expect(clash.severity == .warning && clash.location.file == "Content/journeys/bread/02-purchase.md")
        #expect(clash.message == "'Purchase' (08:00) is numbered after 'Awareness' (18:00) but happens before it; the map follows the numbers")
        #expect(result.content.journeys.first?.stages.map(\.slug) == ["awareness", "purchase"])
    }

    /// The sample site with the times of day of its two numbered stages as written.
    private func loadTimes(awareness: String, purchase: String) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", extra: "time_of_day: \(awareness)\n"))
        folder.write("journeys/bread/02-purchase.md", ContentSamples.stage("Purchase", extra: "time_of_day: \(purchase)\n"))
        return load(folder)
    }

    /// The sample site with the journey's stage notes replaced by `stages` (slug → name) without
    /// numbers, each with its time of day as written in `times`, if any.
    private func loadDay(_ stages: [String: String], times: [String: String]) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.remove("journeys/bread/01-awareness.md")
        folder.remove("journeys/bread/02-purchase.md")
        for (slug, name) in stages {
            folder.write("journeys/bread/\(slug).md", ContentSamples.stage(name, extra: times[slug].map { "time_of_day: \($0)\n" } ?? ""))
        }
        return load(folder)
    }
}

@Suite("Paper")
struct PaperSettingTests {
    @Test func theSiteAndAJourneyChooseTheirPaper() throws {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("site.yml", ContentSamples.site + "print: a4\n")
        folder.write("journeys/bread/journey.md", ContentSamples.journey(personas: ["ann"], extra: "print: A3\n"))
        let result = load(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.content.site.paper == .a4 && result.content.journeys.first?.paper == .a3)
        folder.write("site.yml", ContentSamples.site + "print: letter\n")
        #expect(load(folder).diagnostics.contains { $0.message == "'print' is 'letter', which is not one of: a3, a4" })
    }
}

@Suite("Ids of pain points and opportunities")
struct ItemIDTests {
    /// The sample site with a second journey, `cake`, and the pain points and opportunities given.
    private func loadTwoJourneys(awareness: String, cake: String) -> ContentLoader.Result {
        let folder = TemporaryFolder()
        ContentSamples.write(into: folder)
        folder.write("journeys/bread/01-awareness.md", ContentSamples.stage("Awareness", extra: awareness))
        folder.write("journeys/cake/journey.md", ContentSamples.journey(personas: ["ann"]).replacingOccurrences(of: "Buying bread", with: "Ordering a cake"))
        folder.write("journeys/cake/01-order.md", ContentSamples.stage("Order", extra: cake))
        return load(folder)
    }

    @Test func anOpportunityAddressesPainPointsOfAnyJourneyByTheirIds() throws {
        let result = loadTwoJourneys(awareness: "pain_points:\n  - { text: Busy line, severity: high, id: busy-line }\n",
                          cake: "opportunities:\n  - { text: Call-back slots, id: call-back, addresses: [busy-line] }\n")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let opportunity = try #require(result.content.journeys.first { $0.slug == "cake" }?.stages.first?.opportunities.first)
        #expect(opportunity.id?.name == "call-back" && opportunity.addresses.map(\.name) == ["busy-line"])
        #expect(opportunity.addresses.first?.location == SourceLocation(file: "Content/journeys/cake/01-order.md", line: 5, column: 57))
    }

    @Test func anUnknownIdIsAnErrorAtItsPlaceWithADidYouMean() throws {
        let result = loadTwoJourneys(awareness: "pain_points:\n  - { text: Busy line, id: busy-line }\n",
                          cake: "opportunities:\n  - { text: Call-back slots, addresses: [busy-lin] }\n")
        let error = try #require(result.diagnostic(containing: "no pain point has the id 'busy-lin'"))
        #expect(error.location == SourceLocation(file: "Content/journeys/cake/01-order.md", line: 5, column: 42))
        #expect(error.hint == "did you mean 'busy-line'?")
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 1)
    }

    @Test func anIdIsGivenOnceAcrossTheSiteAndIsASlug() throws {
        let result = loadTwoJourneys(awareness: "pain_points:\n  - { text: Busy line, id: busy-line }\n  - { text: Cold bread, id: Cold Bread }\n",
                          cake: "opportunities:\n  - { text: Call-back slots, id: busy-line, addresses: [busy-line] }\n")
        let twice = try #require(result.diagnostic(containing: "the id 'busy-line' is also given at"))
        #expect(twice.location.file == "Content/journeys/cake/01-order.md")
        #expect(twice.message.hasSuffix("Content/journeys/bread/01-awareness.md:5:28"))
        let notSlug = try #require(result.diagnostic(containing: "the id 'Cold Bread' is not lowercase letters"))
        #expect(notSlug.hint == "write 'id: cold-bread'")
    }

    @Test func addressesNamesPainPointsNotOpportunities() throws {
        let result = loadTwoJourneys(awareness: "opportunities:\n  - { text: Open earlier, id: open-earlier }\n",
                          cake: "opportunities:\n  - { text: Call-back slots, addresses: [open-earlier] }\n")
        #expect(result.diagnostic(containing: "'open-earlier' is an opportunity's id; 'addresses' names pain points") != nil)
    }

    @Test func anIdInANoteThatFailedIsNotReportedAsUnknown() throws {
        let result = loadTwoJourneys(awareness: "pain_points:\n  - { text: Busy line, id: busy-line }\nemotion: 9\n  bad: [\n",
                          cake: "opportunities:\n  - { text: Call-back slots, addresses: [busy-line] }\n")
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostic(containing: "no pain point has the id") == nil)
    }
}
