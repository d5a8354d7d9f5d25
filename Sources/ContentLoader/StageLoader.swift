import JourneyModel

/// Reads one stage note `NN-<slug>.md` (or `<slug>.md` in a journey ordered by time of day).
enum StageLoader {
    static let keys = ["stage", "emotion", "emotions", "feeling", "quote", "actions", "thoughts", "touchpoints",
                       "steps", "pain_points", "opportunities", "metrics", "evidence", "owner", "time_of_day"]

    /// The stage, or nil when the note cannot be read or its front matter parsed; the
    /// diagnostics are those of the note. `stageContext` is what the note is loaded against
    /// besides its bytes: a stage loaded before against the same is taken as it is.
    static func load(_ note: NoteSource, journeyPersonas: [String], context: JourneyLoader.Context,
                     stageContext: UInt64) -> (LoadedStage?, [Diagnostic]) {
        if let reused = context.reusable[note.relativePath], reused.context == stageContext { return (reused, reused.diagnostics) }
        let (frontMatter, file) = note.open()
        file.language = context.language
        guard let frontMatter, let fields = file.parseMapping(frontMatter.yaml), let contentHash = file.contentHash else {
            return (nil, file.diagnostics)
        }
        fields.checkKeys(keys, in: "a stage note")
        let reader = StageFields(fields: fields, scale: context.scale, personas: journeyPersonas)
        let stage = Stage(
            // A note without a number is numbered by its place in the day (`StageOrder`).
            number: note.number ?? 0,
            slug: note.slug,
            name: fields.requiredText("stage", in: "the stage note") ?? note.slug,
            emotion: fields.score("emotion", scale: context.scale),
            emotions: reader.emotions(),
            feeling: fields.text("feeling"),
            quote: fields.text("quote"),
            actions: fields.texts("actions"),
            thoughts: fields.texts("thoughts"),
            touchpoints: reader.touchpoints(),
            steps: reader.steps(),
            painPoints: reader.painPoints(),
            opportunities: reader.opportunities(),
            metrics: reader.metrics(),
            evidence: fields.choice("evidence", as: Evidence.self),
            owner: fields.text("owner"),
            timeOfDay: timeOfDay(fields),
            bodyHTML: context.markdown.html(frontMatter.body),
            source: note.path)
        StageWarnings.check(stage, fields: fields)
        return (LoadedStage(stage: stage, diagnostics: file.diagnostics, contentHash: contentHash, context: stageContext),
                file.diagnostics)
    }
}

/// `time_of_day: 07:30`: hours 0–23 and minutes, written `HH:MM` (`7:30` is read as `07:30`).
/// YAML 1.1 reads an unquoted `07:30` as a number in base 60; the text as written is what counts.
private func timeOfDay(_ fields: FieldReader) -> String? {
    guard let text = fields.text("time_of_day")?.trimmed() else { return nil }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), parts[1].count == 2,
          (0...23).contains(hours), (0...59).contains(minutes) else {
        fields.file.error(at: fields.location(of: "time_of_day"), "'time_of_day' is '\(text)', not a time of day",
                          hint: "write hours and minutes, e.g. 'time_of_day: \"07:30\"'")
        return nil
    }
    return (hours < 10 ? "0" : "") + "\(hours):\(parts[1])"
}

/// The structured lanes of a stage note: scores per persona, touchpoints, steps, pain points…
private struct StageFields {
    let fields: FieldReader
    let scale: EmotionScale
    let personas: [String]

    var file: NoteFile { fields.file }

    func emotions() -> [String: Double] {
        guard let mapping = fields.mapping("emotions") else { return [:] }
        var scores: [String: Double] = [:]
        for (keyNode, valueNode) in mapping.mapping {
            guard let persona = keyNode.string, checkPersona(persona, at: file.location(keyNode.mark), key: "emotions") else { continue }
            scores[persona] = mapping.score(of: valueNode, key: "emotions.\(persona)", scale: scale)
        }
        return scores
    }

    func touchpoints() -> [Touchpoint] {
        items("touchpoints", keys: ["name", "channel", "emotion"], textKey: "name") { item, name in
            Touchpoint(name: name, channel: item?.text("channel")?.trimmed().lowercased(),
                       emotion: item?.score("emotion", scale: scale))
        }
    }

    func steps() -> [Step] {
        items("steps", keys: ["name", "score", "actors"], textKey: "name") { item, name in
            // Without an `actors` key every persona takes the step; with `actors: []`, none does.
            let actors = item.flatMap { $0.node("actors") == nil ? nil : $0.locatedTexts("actors") }
            for (actor, location) in actors ?? [] { _ = checkPersona(actor, at: location, key: "actors") }
            return Step(name: name, score: item?.score("score", scale: scale), actors: actors?.map(\.text).filter(personas.contains))
        }
    }

    func painPoints() -> [PainPoint] {
        items("pain_points", keys: ["text", "severity", "id"], textKey: "text") { item, text in
            PainPoint(text: text, severity: item?.choice("severity", as: Level.self) ?? .medium, id: item.flatMap(itemID))
        }
    }

    func opportunities() -> [Opportunity] {
        items("opportunities", keys: ["text", "impact", "effort", "owner", "status", "id", "addresses"], textKey: "text") { item, text in
            Opportunity(text: text, impact: item?.choice("impact", as: Level.self),
                        effort: item?.choice("effort", as: Level.self), owner: item?.text("owner"),
                        status: item?.choice("status", as: OpportunityStatus.self), id: item.flatMap(itemID),
                        addresses: item.map(addresses) ?? [])
        }
    }

    /// An item's `id`: a slug, so that it reads the same in every note that names it.
    private func itemID(_ item: FieldReader) -> ItemID? {
        guard let name = item.text("id")?.trimmed() else { return nil }
        let location = item.location(of: "id")
        guard Slug.isValid(name) else {
            file.error(at: location, "the id '\(name)' is not lowercase letters, digits and dashes",
                       hint: Slug.suggest(from: name).isEmpty ? "name it with words, e.g. 'id: busy-line'" : "write 'id: \(Slug.suggest(from: name))'")
            return nil
        }
        return ItemID(name, at: location)
    }

    /// The pain points an opportunity `addresses`, by id (checked across the site once every journey is read).
    private func addresses(_ item: FieldReader) -> [ItemID] {
        item.locatedTexts("addresses").map { ItemID($0.text.trimmed(), at: $0.location) }
    }

    func metrics() -> Metrics {
        guard let metrics = fields.mapping("metrics") else { return Metrics() }
        metrics.checkKeys(["visitors", "csat", "nps", "ces"], in: "metrics")
        var result = Metrics(visitors: metrics.integer("visitors"), csat: metrics.number("csat"),
                             nps: metrics.number("nps"), ces: metrics.number("ces"))
        if let visitors = result.visitors, visitors < 0 {
            file.error(at: metrics.location(of: "visitors"), "'visitors' cannot be negative",
                       hint: "write how many customers reach the stage, 0 or more")
            result.visitors = nil
        }
        return result
    }

    /// The items of a list lane. Each item is a mapping, or a plain text standing for its `textKey`.
    private func items<Item>(_ key: String, keys: [String], textKey: String,
                             make: (FieldReader?, String) -> Item) -> [Item] {
        fields.list(key).compactMap { node in
            if case .scalar = node {
                return fields.text(of: node, key: key).map { make(nil, $0) }
            }
            guard let item = FieldReader.mapping(node, key: key, file: file) else { return nil }
            item.checkKeys(keys, in: "an item of '\(key)'")
            guard let text = item.requiredText(textKey, in: "an item of '\(key)'") else { return nil }
            return make(item, text)
        }
    }

    /// Whether `persona` is one of the journey's personas; an error with a suggestion if not.
    private func checkPersona(_ persona: String, at location: SourceLocation, key: String) -> Bool {
        guard !personas.contains(persona) else { return true }
        file.error(at: location, "'\(persona)' is not a persona of this journey",
                   hint: Suggestion.didYouMean(persona, among: personas)
                       ?? "add it to 'personas' in journey.md, or use one of: \(personas.joined(separator: ", "))")
        return false
    }
}
