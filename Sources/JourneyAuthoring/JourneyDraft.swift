import JourneyModel

/// A journey folder to create: `journey.md` and one stage note per stage.
public struct JourneyDraft: Sendable, Hashable {
    public var slug: String
    public var title: String
    /// Slugs of the personas the journey follows.
    public var personas: [String]
    /// The language of the journey's pages, written only when set.
    public var language: ContentLanguage?
    /// The situation the journey follows; empty for none.
    public var scenario: String
    /// The Markdown body of `journey.md`: the journey's summary.
    public var summary: String
    public var stages: [StageDraft]

    public init(slug: String, title: String, personas: [String] = [], language: ContentLanguage? = nil,
                scenario: String = "", summary: String = "", stages: [StageDraft] = []) {
        self.slug = slug
        self.title = title
        self.personas = personas
        self.language = language
        self.scenario = scenario
        self.summary = summary
        self.stages = stages
    }

    /// A journey in `language` whose stages are those of `model`, with empty notes; its slug
    /// comes from the title. The language is written down, since the stage names are in it.
    public init(title: String, model: StageModel, language: ContentLanguage, personas: [String]) {
        self.init(slug: Slug.suggest(from: title), title: title, personas: personas, language: language,
                  stages: model.stageNames(in: language).enumerated().map { index, name in
                      StageDraft(name: name, timeOfDay: model.timesOfDay?[index])
                  })
    }

    /// `journeys/<slug>`: the folder the journey claims; it must not exist yet.
    public var folder: String { "journeys/\(slug)" }

    /// `journey.md` and the stage notes `NN-<slug>.md`, numbered from 01 in order, their keys
    /// explained in the journey's language, else in `siteLanguage`; the site's own `lanes` are
    /// written as comments to fill in.
    public func files(scale: EmotionScale, siteLanguage: ContentLanguage, lanes: [LaneDefinition] = []) -> [OutputFile] {
        let says = NoteComments.in(language ?? siteLanguage)
        let header = OutputFile(path: "\(folder)/journey.md", text: headerText(says))
        let notes = zip(Self.stageFileNames(stages.map(\.name)), stages).map { name, stage in
            OutputFile(path: "\(folder)/\(name)", text: stage.text(scale: scale, personas: personas, lanes: lanes, language: (language ?? siteLanguage).rawValue, says: says))
        }
        return [header] + notes
    }

    /// `01-awareness.md`, `02-consideration.md`…: the slug of each name, made unique within the
    /// journey (`-2`, `-3`…), and `stage` for a name without a letter or digit.
    static func stageFileNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            let suggested = Slug.suggest(from: name)
            let base = suggested.isEmpty ? "stage" : suggested
            var slug = base
            var suffix = 2
            while used.contains(slug) {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(slug)
            let number = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
            return "\(number)-\(slug).md"
        }
    }

    private func headerText(_ says: NoteComments) -> String {
        var note = NoteText()
        note.field("title", YAMLText.scalar(title), says.journeyTitle)
        note.field("personas", YAMLText.list(personas), says.journeyPersonas)
        note.field("state", "current", says.journeyState)
        note.example("compares", "other-journey", says.journeyCompares)
        note.field("scenario", scenario.isEmpty ? "" : YAMLText.scalar(scenario), says.journeyScenario)
        note.list("expectations", [], says.journeyExpectations)
        note.field("owner", "", says.journeyOwner)
        note.list("tags", [], says.journeyTags)
        if let language { note.field("language", language.rawValue, says.journeyLanguage) }
        note.field("draft", "false", says.journeyDraft)
        note.comment(says.journeyBody)
        return note.text(body: summary)
    }
}
