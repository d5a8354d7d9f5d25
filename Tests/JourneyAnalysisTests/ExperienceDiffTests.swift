@testable import JourneyAnalysis
import JourneyModel
import Testing

@Suite("Experience diff: what changed between two versions of the content")
struct ExperienceDiffTests {
    let claire = Persona(slug: "claire", name: "Claire Martin")

    func stage(_ number: Int, _ slug: String, _ name: String, claire: Double? = nil, emotion: Double? = nil,
               pains: [PainPoint] = [], opportunities: [Opportunity] = []) -> Stage {
        Stage(number: number, slug: slug, name: name, emotion: emotion, emotions: claire.map { ["claire": $0] } ?? [:],
              painPoints: pains, opportunities: opportunities)
    }

    func side(_ journeys: [Journey], personas: [Persona]? = nil, responses: [SurveyResponse] = [],
              tally: SurveyTally = SurveyTally(), diagnostics: [Diagnostic] = []) -> DiffSide {
        let content = SiteContent(site: Site(title: "Bakery"), personas: personas ?? [claire], journeys: journeys,
                                  responses: responses, surveyTally: tally)
        return DiffSide(analysis: SiteAnalysis(content: content), diagnostics: diagnostics)
    }

    func cake(_ stages: [Stage], title: String = "Cake order") -> Journey {
        Journey(slug: "cake", title: title, personas: ["claire"], stages: stages)
    }

    var baseStages: [Stage] {
        [stage(1, "discovery", "Discovery", claire: 1),
         stage(2, "purchase", "Purchase", claire: -0.5, pains: [PainPoint(text: "Fee shown late", severity: .medium)],
               opportunities: [Opportunity(text: "Show fees early", impact: .high, effort: .low, status: .planned)]),
         stage(3, "pickup", "Pickup", claire: 1)]
    }

    @Test func nothingChangedListsNothing() {
        let diff = ExperienceDiff(base: side([cake(baseStages)]), head: side([cake(baseStages)]))
        #expect(diff.isEmpty)
        #expect(diff.journeys.isEmpty)
    }

    @Test func scoresPainPointsAndOpportunities() throws {
        var stages = baseStages
        stages[1].emotions = ["claire": -1.1]
        stages[1].painPoints = [PainPoint(text: "Fee shown late", severity: .high), PainPoint(text: "No pickup slot", severity: .high)]
        stages[1].opportunities[0].status = .done
        stages[1].opportunities[0].owner = "E-commerce"
        stages[2].opportunities = [Opportunity(text: "Text when ready")]
        let diff = ExperienceDiff(base: side([cake(baseStages)]), head: side([cake(stages)]))
        let journey = try #require(diff.journeys.first)
        #expect(diff.journeys.count == 1)
        #expect(journey.stages.isEmpty)
        #expect(journey.scores == [ScoreChange(stage: "Purchase", persona: NamedItem(slug: "claire", name: "Claire Martin"),
                                               reading: Change(before: ScoreReading(value: -0.5, source: .explicit),
                                                               after: ScoreReading(value: -1.1, source: .explicit)))])
        #expect(abs((journey.scores[0].delta ?? 0) + 0.6) < 1e-9)
        #expect(journey.painPoints == [
            PainPointChange(stage: "Purchase", text: "Fee shown late", kind: .severity(Change(before: .medium, after: .high))),
            PainPointChange(stage: "Purchase", text: "No pickup slot", kind: .added(.high)),
        ])
        #expect(journey.painPoints.allSatisfy { $0.isNewHigh })
        #expect(journey.opportunities == [
            OpportunityChange(stage: "Purchase", text: "Show fees early", kind: .changed([
                .init(field: .status, value: Change(before: "planned", after: "done")),
                .init(field: .owner, value: Change(before: nil, after: "E-commerce")),
            ])),
            OpportunityChange(stage: "Pickup", text: "Text when ready", kind: .added(Opportunity(text: "Text when ready"))),
        ])
        // Mean of 1, −1.1, 1 against 1, −0.5, 1; the lowest point and the biggest drop follow Purchase.
        #expect(journey.figures.map(\.figure) == [.overall, .lowest, .biggestDrop])
        #expect(journey.figures.first { $0.figure == .lowest }?.value == Change(before: -0.5, after: -1.1))
        #expect(journey.curves.before.map(\.score) == [1, -0.5, 1])
        #expect(journey.curves.after.map(\.stage) == ["Discovery", "Purchase", "Pickup"])
    }

    @Test func stagesAddedRemovedRenamedAndMoved() throws {
        let head = [
            stage(1, "pickup", "Pickup", claire: 1),                  // moved from last to first
            stage(2, "discovery", "Finding us", claire: 1),           // renamed, same slug
            stage(3, "buying", "Purchase", claire: -0.5,              // same name, new slug
                  pains: [PainPoint(text: "Fee shown late", severity: .medium)],
                  opportunities: [Opportunity(text: "Show fees early", impact: .high, effort: .low, status: .planned)]),
            stage(4, "review", "Review", claire: 0.5),                // added
        ]
        let diff = ExperienceDiff(base: side([cake(baseStages)]), head: side([cake(head)]))
        let journey = try #require(diff.journeys.first)
        #expect(journey.stages == [
            .moved(NamedItem(slug: "pickup", name: "Pickup"), Change(before: 3, after: 1)),
            .renamed(Change(before: NamedItem(slug: "discovery", name: "Discovery"), after: NamedItem(slug: "discovery", name: "Finding us"))),
            .renamed(Change(before: NamedItem(slug: "purchase", name: "Purchase"), after: NamedItem(slug: "buying", name: "Purchase"))),
            .added(NamedItem(slug: "review", name: "Review"), position: 4),
        ])
        // The stages that are the same keep their scores, pain points and opportunities: none is listed.
        #expect(journey.scores.isEmpty)
        #expect(journey.painPoints.isEmpty)
        #expect(journey.opportunities.isEmpty)
    }

    @Test func aRemovedStageTakesItsPainPointsAndOpportunitiesAway() throws {
        let diff = ExperienceDiff(base: side([cake(baseStages)]), head: side([cake([baseStages[0], baseStages[2]])]))
        let journey = try #require(diff.journeys.first)
        #expect(journey.stages == [.removed(NamedItem(slug: "purchase", name: "Purchase"), position: 2)])
        #expect(journey.painPoints == [PainPointChange(stage: "Purchase", text: "Fee shown late", kind: .removed(.medium))])
        #expect(journey.opportunities.count == 1)
        #expect(journey.scores.isEmpty)
    }

    @Test func aSurveyScoreIsToldFromAnEditedOne() throws {
        var stages = baseStages
        stages[0].emotions = [:]
        let location = SourceLocation(file: "data/s.csv", line: 2)
        let answers = [0.0, 1, 1].map { SurveyResponse(journey: "cake", stage: "discovery", persona: "claire", score: $0, source: location) }
        let diff = ExperienceDiff(base: side([cake(baseStages)], tally: SurveyTally(read: 10, rejected: 1)),
                                  head: side([cake(stages)], responses: answers, tally: SurveyTally(read: 13, rejected: 1)))
        let journey = try #require(diff.journeys.first)
        let expected: Change<ScoreReading?> = Change(before: ScoreReading(value: 1, source: .explicit),
                                                     after: ScoreReading(value: 2.0 / 3, source: .survey, answers: 3))
        #expect(journey.scores.map(\.reading) == [expected])
        #expect(journey.surveyAnswers == Change(before: 0, after: 3))
        #expect(diff.surveyRows == Change(before: SurveyTally(read: 10, rejected: 1), after: SurveyTally(read: 13, rejected: 1)))
    }

    @Test func personasAndJourneysAddedOrRemovedAndNewWarnings() {
        let sofia = Persona(slug: "sofia", name: "Sofia Benali")
        let bread = Journey(slug: "bread", title: "Daily bread", stages: [stage(1, "visit", "Visit", emotion: 1)])
        let box = Journey(slug: "box", title: "Gift box", stages: [stage(1, "visit", "Visit", emotion: 1)])
        let moved = Diagnostic.warning(at: SourceLocation(file: "Content/journeys/cake/journey.md", line: 3), "unknown key 'ownr'")
        var later = moved
        later.location.line = 5
        let fresh = Diagnostic.warning(at: SourceLocation(file: "Content/site.yml", line: 2), "unknown key 'titel'")
        let diff = ExperienceDiff(base: side([cake(baseStages), bread], diagnostics: [moved]),
                                  head: side([box, cake(baseStages)], personas: [claire, sofia], diagnostics: [later, fresh]))
        #expect(diff.personasAdded == [NamedItem(slug: "sofia", name: "Sofia Benali")])
        #expect(diff.personasRemoved.isEmpty)
        #expect(diff.journeysAdded == [NamedItem(slug: "box", name: "Gift box")])
        #expect(diff.journeysRemoved == [NamedItem(slug: "bread", name: "Daily bread")])
        #expect(diff.journeys.isEmpty)
        #expect(diff.newWarnings == [fresh])
        #expect(diff.newErrors.isEmpty)
    }

    @Test func aJourneyWithErrorsOnOneSideIsNotCompared() {
        let error = Diagnostic.error(at: SourceLocation(file: "Content/journeys/cake/02-purchase.md", line: 3, column: 10), "'emotion' is 9")
        var stages = baseStages
        stages.remove(at: 1)
        let diff = ExperienceDiff(base: side([cake(baseStages)]), head: side([cake(stages)], diagnostics: [error]))
        #expect(diff.journeys.isEmpty)
        #expect(diff.notCompared == [ExperienceDiff.NotCompared(journey: NamedItem(slug: "cake", name: "Cake order"),
                                                                 errorsAtBase: false, errorsAtHead: true)])
        #expect(diff.newErrors == [error])

        // A journey folder without journey.md does not load: it is not compared, not removed.
        let folder = Diagnostic.error(at: SourceLocation(file: "Content/journeys/cake"), "the journey folder has no journey.md")
        let broken = ExperienceDiff(base: side([cake(baseStages)]), head: side([], diagnostics: [folder]))
        #expect(broken.journeysRemoved.isEmpty)
        #expect(broken.notCompared.map(\.journey.slug) == ["cake"])
    }
}
