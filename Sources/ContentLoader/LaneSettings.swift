import JourneyModel
import Yams

/// Reads `lanes:` in `site.yml` (the site's own lanes, and the order and visibility of every
/// lane of the map) and in a journey's header (the order and visibility for that journey).
///
/// Each entry is a lane's key, or a mapping: `{ key: systems, title: { en: Systems, fr: Systèmes },
/// kind: items }` declares a lane in site.yml; `{ key: steps, show: false }` hides one. The map
/// shows the lanes no entry names, in their usual order, then the entries in theirs: a lane goes
/// among the built-in ones by naming the built-in ones that follow it.
enum LaneSettings {
    /// The site's own lanes and the order of the lanes its maps show.
    static func site(_ fields: FieldReader) -> (definitions: [LaneDefinition], order: [LaneSlot]) {
        var definitions: [LaneDefinition] = []
        var slots: [(slot: LaneSlot, show: Bool)] = []
        for (entry, key, location) in written(fields) {
            if let builtin = BuiltinLane(rawValue: key) {
                entry?.checkKeys(["key", "show"], in: "a built-in lane")
                slots.append((.builtin(builtin), entry?.bool("show") ?? true))
                continue
            }
            guard isValid(key, at: location, file: fields.file) else { continue }
            guard !definitions.contains(where: { $0.key == key }) else {
                fields.file.error(at: location, "the lane '\(key)' is declared twice", hint: "keep one of the two entries")
                continue
            }
            entry?.checkKeys(["key", "title", "kind", "unit", "show"], in: "a lane")
            definitions.append(LaneDefinition(key: key, titles: entry.map(titles) ?? [:],
                                              kind: entry?.choice("kind", as: LaneDefinition.Kind.self) ?? .texts, unit: entry?.text("unit")))
            slots.append((.custom(key), entry?.bool("show") ?? true))
        }
        return (definitions, order(slots, after: BuiltinLane.allCases.map(LaneSlot.builtin)))
    }

    /// The order of the lanes of one journey's map, from its header's `lanes:` over the site's
    /// `order`; nil when the header says nothing. Lanes are named, not declared, here.
    static func journey(_ fields: FieldReader, site definitions: [LaneDefinition], order: [LaneSlot]) -> [LaneSlot]? {
        guard fields.node("lanes") != nil else { return nil }
        let known = BuiltinLane.allCases.map(\.rawValue) + definitions.map(\.key)
        var slots: [(slot: LaneSlot, show: Bool)] = []
        for (entry, key, location) in written(fields) {
            entry?.checkKeys(["key", "show"], in: "a journey's lane")
            if let builtin = BuiltinLane(rawValue: key) {
                slots.append((.builtin(builtin), entry?.bool("show") ?? true))
            } else if definitions.contains(where: { $0.key == key }) {
                slots.append((.custom(key), entry?.bool("show") ?? true))
            } else {
                fields.file.error(at: location, "there is no lane '\(key)'",
                                  hint: Suggestion.didYouMean(key, among: known) ?? "declare the site's own lanes under 'lanes:' in site.yml; the lanes are: \(known.joined(separator: ", "))")
            }
        }
        return self.order(slots, after: order)
    }

    /// The entries of `lanes:`: a key alone, or a mapping with a `key`.
    private static func written(_ fields: FieldReader) -> [(entry: FieldReader?, key: String, location: SourceLocation)] {
        fields.list("lanes").compactMap { node in
            if case .scalar = node {
                return fields.text(of: node, key: "lanes").map { (nil, $0.trimmed(), fields.file.location(node.mark)) }
            }
            guard let entry = FieldReader.mapping(node, key: "lanes", file: fields.file),
                  let key = entry.requiredText("key", in: "a lane") else { return nil }
            return (entry, key.trimmed(), entry.location(of: "key"))
        }
    }

    /// The slots of `base` no entry names, in their order, then the shown entries in theirs.
    private static func order(_ entries: [(slot: LaneSlot, show: Bool)], after base: [LaneSlot]) -> [LaneSlot] {
        let named = Set(entries.map(\.slot))
        return base.filter { !named.contains($0) } + entries.filter(\.show).map(\.slot)
    }

    /// `title: Systems` for every language, or `title: { en: Systems, fr: Systèmes }`.
    private static func titles(_ entry: FieldReader) -> [String: String] {
        guard let node = entry.node("title") else { return [:] }
        if case .scalar = node { return entry.text("title").map { ["": $0] } ?? [:] }
        guard let languages = entry.mapping("title") else { return [:] }
        return Dictionary(languages.mapping.compactMap { key, value in
            guard let code = key.string, let title = languages.text(of: value, key: code) else { return nil }
            return (code, title)
        }) { first, _ in first }
    }

    /// Whether `key` can name a lane of the site's own: a slug-like word that no stage note key already is.
    private static func isValid(_ key: String, at location: SourceLocation, file: NoteFile) -> Bool {
        let allowed = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard !key.isEmpty, allowed else {
            file.error(at: location, "the lane key '\(key)' is not lowercase letters, digits, '_' and '-'",
                       hint: "name it as stage notes will write it, e.g. 'key: systems'")
            return false
        }
        guard !StageLoader.keys.contains(key) else {
            file.error(at: location, "'\(key)' is already a key of stage notes, so it cannot name a lane",
                       hint: "give the lane another key, e.g. '\(key)_lane'")
            return false
        }
        return true
    }
}
