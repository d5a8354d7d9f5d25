import Foundation
import JourneyAuthoring
import JourneyModel
import Testing
import TestSupport

@Suite("journeymap new")
struct NewContentTests {
    @Test(arguments: StageModel.allCases, ContentLanguage.allCases)
    func journeyOfEveryModelLoadsWithoutErrors(model: StageModel, language: ContentLanguage) throws {
        let folder = sampleContent()
        try folder.author.newJourney(titled: "Ordering a cake", model: model, language: language, personas: ["ann"])
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        let journey = try #require(result.content.journey("ordering-a-cake"))
        #expect(journey.title == "Ordering a cake")
        #expect(journey.personas == ["ann"])
        #expect(journey.language == language.rawValue)
        #expect(journey.stages.map(\.name) == model.stageNames(in: language))
        #expect(journey.stages.map(\.number) == Array(1...journey.stages.count))
        #expect(journey.stages.allSatisfy { $0.steps.isEmpty && $0.emotion == nil })
    }

    @Test func stageNamesAreAccentedAndFileNamesAreNot() throws {
        let folder = sampleContent()
        try folder.author.newJourney(titled: "S'abonner au panier", model: .nineStage, language: .fr, personas: [])
        #expect(StageModel.nineStage.stageNames(in: .fr) == ["Sensibilisation", "Évaluation", "Intérêt", "Intention", "Achat",
                                                             "Post-achat", "Rétention", "Recommandation", "Fidélité"])
        #expect(folder.files(under: "journeys/s-abonner-au-panier") == [
            "01-sensibilisation.md", "02-evaluation.md", "03-interet.md", "04-intention.md", "05-achat.md",
            "06-post-achat.md", "07-retention.md", "08-recommandation.md", "09-fidelite.md", "journey.md",
        ])
        #expect(folder.read("journeys/s-abonner-au-panier/journey.md")?.contains("\nlanguage: fr ") == true)
        #expect(StageModel.aarrr.stageNames(in: .en) == ["Acquisition", "Activation", "Retention", "Referral", "Revenue"])
        #expect(StageModel.aarrr.stageNames(in: .fr) == ["Acquisition", "Activation", "Rétention", "Recommandation", "Revenus"])
    }

    @Test func journeyWithoutLanguageTakesTheSites() throws {
        let folder = sampleContent(site: "title: Boulangerie\nlanguage: fr\n")
        try folder.author.newJourney(titled: "Commander", model: .aarrr, language: nil, personas: [])
        let journey = try #require(folder.load().content.journey("commander"))
        #expect(journey.stages.map(\.name).last == "Revenus")
    }

    @Test func stageNotesExplainEveryKey() throws {
        let folder = sampleContent()
        try folder.author.newJourney(titled: "Trip", model: .linear, language: .en, personas: ["ann"])
        let note = try #require(folder.read("journeys/trip/01-awareness.md"))
        #expect(note.hasPrefix("---\nstage: Awareness "))
        for key in ["emotion", "emotions", "feeling", "quote", "actions", "thoughts", "touchpoints", "steps", "pain_points",
                    "opportunities", "metrics", "evidence", "owner"] {
            #expect(note.contains("\n\(key):"), "\(key)")
        }
        #expect(note.contains("from -2 (Frustrated) to 2 (Delighted)"))
        #expect(note.contains("{ ann: 1 }"))
    }

    @Test func aDailyRoutineJourneyHasTheMomentsOfADayWithTheirTimes() throws {
        for (language, first, last) in [(ContentLanguage.en, "Wake-up", "Evening"), (.fr, "Réveil", "Soirée")] {
            let folder = sampleContent()
            try folder.author.newJourney(titled: "Day", model: .daily, language: language, personas: ["ann"])
            let result = folder.load()
            #expect(result.errors.isEmpty, "\(result.errors)")
            let stages = try #require(result.content.journey("day")?.stages)
            #expect(stages.count == 8 && stages.first?.name == first && stages.last?.name == last)
            #expect(stages.map(\.timeOfDay) == ["07:00", "07:30", "08:15", "09:30", "12:30", "15:00", "18:00", "20:30"])
            let note = try #require(folder.read("journeys/day/03-\(Slug.suggest(from: stages[2].name)).md"))
            #expect(note.contains(language == .en ? "the need that arises in it" : "le besoin qui y naît"))
        }
    }

    @Test func unknownPersonaIsRefusedWithASuggestion() throws {
        let folder = sampleContent()
        let error = try #require(throws: AuthoringError.self) {
            try folder.author.newJourney(titled: "Trip", model: .linear, language: nil, personas: ["Ann"])
        }
        #expect(error.message == "there is no persona 'Ann' in Content/personas")
        #expect(error.hint == "did you mean 'ann'?")
        let other = try #require(throws: AuthoringError.self) {
            try folder.author.newJourney(titled: "Trip", model: .linear, language: nil, personas: ["bob"])
        }
        #expect(other.hint?.contains("journeymap new persona \"bob\"") == true)
        #expect(!folder.exists("journeys"))
    }

    @Test func personaLoadsWithItsName() throws {
        let folder = sampleContent()
        let written = try folder.author.newPersona(named: "Sofia Benali")
        #expect(written == ["Content/personas/sofia-benali.md"])
        let result = folder.load()
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.content.persona("sofia-benali")?.name == "Sofia Benali")
        // The empathy map is scaffolded as a comment: uncommented, it loads as it is.
        let note = try #require(folder.read("personas/sofia-benali.md"))
        #expect(note.contains("# empathy: { says: [], thinks: [], does: [], feels: [], pains: [], gains: [] }"))
    }

    @Test func nothingIsOverwritten() throws {
        let folder = sampleContent()
        let persona = try #require(throws: AuthoringError.self) { try folder.author.newPersona(named: "ANN") }
        #expect(persona.message == "Content/personas/ann.md already exists; nothing was written")
        #expect(folder.read("personas/ann.md") == ContentSamples.persona("Ann"))

        folder.write("journeys/trip/notes.txt", "mine")
        let journey = try #require(throws: AuthoringError.self) {
            try folder.author.newJourney(titled: "Trip", model: .aarrr, language: nil, personas: [])
        }
        #expect(journey.message == "Content/journeys/trip already exists; nothing was written")
        #expect(folder.files(under: "journeys/trip") == ["notes.txt"])
    }

    @Test func nameWithoutLettersIsRefused() {
        let folder = sampleContent()
        #expect(throws: AuthoringError.self) { try folder.author.newPersona(named: "!!!") }
    }

    @Test(arguments: ContentLanguage.allCases)
    func starterSiteLoadsWithoutTemplates(language: ContentLanguage) throws {
        let folder = TemporaryFolder()
        let site = NewFiles(root: folder.url.appendingPathComponent("site"), displayRoot: "site")
        try StarterSite.create(in: site, language: language)
        let result = loadContent(folder.url.appendingPathComponent("site/Content"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.content.site.language == language.rawValue)
        let journey = try #require(result.content.journeys.first)
        #expect(journey.stages.map(\.emotion) == [1, 0.5, -1, 1.5])
        #expect(result.content.personas.map(\.slug) == journey.personas)
        #expect(folder.exists("site/Content/assets/.gitkeep"))
        #expect(!folder.exists("site/Templates"))

        let again = try #require(throws: AuthoringError.self) { try StarterSite.create(in: site, language: language) }
        #expect(again.message.hasPrefix("site/Content/site.yml already exists (and "))
    }

    @Test func frenchStarterSiteIsInFrench() throws {
        let folder = TemporaryFolder()
        try StarterSite.create(in: NewFiles(root: folder.url, displayRoot: ""), language: .fr)
        let result = loadContent(folder.url.appendingPathComponent("Content"))
        let journey = try #require(result.content.journeys.first)
        #expect(journey.title == "Passer une première commande")
        #expect(journey.stages.map(\.name) == ["Sensibilisation", "Considération", "Achat", "Fidélité"])
        #expect(result.content.site.scale.labels[0] == "Neutre")
        let stageNote = try #require(folder.read("Content/journeys/passer-une-premiere-commande/01-sensibilisation.md"))
        #expect(stageNote.contains("# le nom de l'étape, tel que la carte l'affiche (obligatoire)"))
        #expect(stageNote.contains("de -2 (Frustré) à 2 (Ravi)"))
        #expect(!stageNote.contains("the stage"))
    }

    @Test func starterSiteCopiesTheTemplatesGiven() throws {
        let folder = TemporaryFolder()
        let theme = [OutputFile(path: "partials/header.mustache", text: "<header></header>\n")]
        try StarterSite.create(in: NewFiles(root: folder.url, displayRoot: ""), language: .en, templates: theme)
        #expect(folder.files(under: "Templates") == ["partials/header.mustache"])
    }
}
