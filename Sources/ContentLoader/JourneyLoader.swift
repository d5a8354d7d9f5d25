import JourneyModel

/// Reads a journey folder: `journey.md` and its stage notes.
enum JourneyLoader {
    static let keys = ["title", "personas", "state", "compares", "scenario", "expectations", "owner", "tags",
                       "language", "draft", "print", "lanes", "blueprint", "survey_wave"]

    /// What a loader needs to know about the rest of the site to check a journey.
    struct Context: Sendable {
        var scale: EmotionScale
        /// The site's language: notes are read in it unless their journey sets its own.
        var language: String
        var personaSlugs: [String]
        /// The slugs of every journey folder, which `compares` may name, sorted.
        var journeySlugs: [String]
        /// The languages the theme has words for, which a journey's `language` may name.
        var languages: [String]
        /// The site's own lanes, which stage notes fill by key, and the order of the lanes its maps show.
        var lanes: [LaneDefinition] = []
        var laneOrder: [LaneSlot] = BuiltinLane.allCases.map(LaneSlot.builtin)
        var markdown: MarkdownRenderer
        /// The `ContentHash` of site.yml as read (its scale and Markdown settings shape stages).
        var siteHash: UInt64 = 0
        /// Stage notes loaded by an earlier build whose bytes are unchanged since, by path in the
        /// content folder; each is taken when it was loaded against this build's `stageContext`.
        var reusable: [String: LoadedStage] = [:]
    }

    /// What loading a journey's stage notes depends on besides their own bytes: site.yml, the
    /// journey's header as read, the site's persona slugs, and the path messages name the folder by.
    static func stageContext(_ context: Context, header: NoteFile) -> UInt64 {
        var hash = ContentHash()
        hash.add(String(context.siteHash, radix: 16))
        hash.add(String(header.contentHash ?? 0, radix: 16))
        hash.add(header.path)
        for slug in context.personaSlugs { hash.add(slug) }
        return hash.value
    }

    /// The journey, every problem found in its folder, and each stage note as it was loaded, by
    /// path in the content folder.
    static func load(_ folder: JourneyFolder, context: Context) -> (Journey?, [Diagnostic], [String: LoadedStage]) {
        let (frontMatter, file) = folder.header.open()
        file.language = context.language
        guard let frontMatter, let fields = file.parseMapping(frontMatter.yaml) else { return (nil, file.diagnostics, [:]) }
        fields.checkKeys(keys, in: "a journey header")
        var journey = Journey(
            slug: folder.slug,
            title: fields.requiredText("title", in: "the journey header") ?? folder.slug,
            personas: personas(fields, known: context.personaSlugs),
            state: fields.choice("state", as: JourneyState.self) ?? .current,
            compares: fields.text("compares"),
            scenario: fields.text("scenario"),
            expectations: fields.texts("expectations"),
            owner: fields.text("owner"),
            tags: tags(fields),
            language: SiteConfigLoader.language(fields, key: "language", among: context.languages),
            draft: fields.bool("draft") ?? false,
            bodyHTML: context.markdown.html(frontMatter.body),
            source: folder.header.path)
        journey.paper = fields.choice("print", as: PaperSize.self)
        journey.laneOrder = LaneSettings.journey(fields, site: context.lanes, order: context.laneOrder)
        journey.blueprint = fields.bool("blueprint") ?? false
        if let wave = fields.text("survey_wave")?.trimmed(), !wave.isEmpty {
            journey.surveyWave = wave
            journey.surveyWaveLocation = fields.location(of: "survey_wave")
        }
        if let compares = journey.compares, compares == journey.slug {
            file.error(at: fields.location(of: "compares"), "a journey cannot be compared with itself",
                       hint: "name the slug of the other journey's folder")
            journey.compares = nil
        } else if let compares = journey.compares, !context.journeySlugs.contains(compares) {
            file.warning(at: fields.location(of: "compares"), "'compares' names '\(compares)', which is not a journey; the comparison is left out",
                         hint: Suggestion.didYouMean(compares, among: context.journeySlugs) ?? "name the folder of another journey under journeys/")
        }
        var diagnostics = file.diagnostics + folder.problems
        // Stages are checked against the personas the header names, known or not, and the ones a
        // misspelt slug stands for: the header's error is the one cause, not every stage's use.
        let personas = journey.personas + fields.texts("personas").flatMap { [$0] + [Suggestion.nearest(to: $0, among: context.personaSlugs)].compactMap { $0 } }
        let stageContext = stageContext(context, header: file)
        var stagesContext = context
        stagesContext.language = journey.language ?? context.language
        let loaded = folder.stages.concurrentMap { [stagesContext] in
            StageLoader.load($0, journeyPersonas: personas, context: stagesContext, stageContext: stageContext)
        }
        diagnostics += loaded.flatMap(\.1)
        let order = StageOrder.arrange(loaded.compactMap(\.0?.stage), timed: folder.stages.contains { $0.number == nil })
        journey.stages = order.0
        diagnostics += order.1 + duplicates(in: journey.stages)
        if !journey.blueprint {
            diagnostics += journey.stages.filter { !$0.blueprint.isEmpty }.map { stage in
                .warning(at: SourceLocation(file: stage.source), "the note fills lanes of a service blueprint, which this journey does not show",
                         hint: "set 'blueprint: true' in \(folder.header.path) to draw them, or remove them")
            }
        }
        let notes = zip(folder.stages, loaded).compactMap { note, result in result.0.map { (note.relativePath, $0) } }
        return (journey, diagnostics, Dictionary(uniqueKeysWithValues: notes))
    }

    /// The journey's persona slugs, each checked against the personas of the site.
    private static func personas(_ fields: FieldReader, known: [String]) -> [String] {
        let slugs = fields.locatedTexts("personas")
        for (slug, location) in slugs where !known.contains(slug) {
            fields.file.error(at: location, "unknown persona '\(slug)'",
                              hint: Suggestion.didYouMean(slug, among: known)
                                  ?? "create personas/\(slug).md, or use one of: \(known.joined(separator: ", "))")
        }
        return slugs.map(\.text).filter(known.contains)
    }

    /// The journey's tags; one without a letter or digit gets no page, with a warning.
    private static func tags(_ fields: FieldReader) -> [String] {
        let tags = fields.locatedTexts("tags")
        for (tag, location) in tags where Slug.suggest(from: tag).isEmpty {
            fields.file.warning(at: location, "the tag '\(tag)' has no letter or digit, so it gets no page",
                                hint: "name tags with words, e.g. 'tags: [delivery, e-commerce]'")
        }
        return tags.map(\.text)
    }

    /// Errors for two stages with the same number or the same slug.
    private static func duplicates(in stages: [Stage]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byNumber: [Int: Stage] = [:]
        var bySlug: [String: Stage] = [:]
        var byName: [String: Stage] = [:]
        for stage in stages {
            if let other = byName[stage.name.lowercased()] {
                diagnostics.append(.warning(at: SourceLocation(file: stage.source), "the stage name '\(stage.name)' is also the name of \(other.source)",
                                            hint: "give each stage its own name: readers, and survey rows that name stages, tell them apart by it"))
            } else {
                byName[stage.name.lowercased()] = stage
            }
            if let other = byNumber[stage.number] {
                diagnostics.append(.error(at: SourceLocation(file: stage.source),
                                          "stage number \(stage.number) is also used by \(other.source)",
                                          hint: "renumber one of the files so each stage has its own number"))
            } else {
                byNumber[stage.number] = stage
            }
            if let other = bySlug[stage.slug] {
                diagnostics.append(.error(at: SourceLocation(file: stage.source),
                                          "stage slug '\(stage.slug)' is also used by \(other.source)",
                                          hint: "rename one of the files; pages are named after the slug"))
            } else {
                bySlug[stage.slug] = stage
            }
        }
        return diagnostics
    }
}
