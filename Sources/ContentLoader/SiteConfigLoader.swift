import Foundation
import JourneyModel
import Yams

/// Reads `site.yml`: title, language, scale and the site-wide switches.
enum SiteConfigLoader {
    static let keys = ["title", "description", "language", "base_url", "scale", "allow_raw_html", "strings", "surveys",
                       "feedback", "lanes", "min_answers", "templates", "strict", "print", "quadrants"]

    /// The site settings; defaults stand in for what is missing or wrong, next to its diagnostic.
    static func load(yaml: String, path: String, stringKeys: [String], languages: [String], root: URL) -> (Site, [Diagnostic]) {
        let file = NoteFile(path: path)
        var site = Site(title: "Journey maps")
        guard let fields = file.parseMapping(yaml) else { return (site, file.diagnostics) }
        fields.checkKeys(keys, in: "site.yml")
        site.title = fields.requiredText("title", in: "site.yml") ?? site.title
        site.description = fields.text("description")
        if let language = language(fields, key: "language", among: languages) { site.language = language }
        file.language = site.language
        site.scale = EmotionScale(labels: EmotionScale.defaultLabels(language: site.language))
        if let url = fields.text("base_url") {
            // A URL as written in a page: a host, and no space, control, quote or angle bracket.
            let written = url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"\"<>\\^`{|}".unicodeScalars.contains($0) }
            if url.hasPrefix("https://") || url.hasPrefix("http://"), written, URLComponents(string: url)?.host?.isEmpty == false {
                site.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                file.error(at: fields.location(of: "base_url"), "'base_url' must be an absolute http(s) address",
                           hint: "write e.g. 'base_url: https://intranet.example.com/cx/journeys/'")
            }
        }
        if let scale = fields.mapping("scale") { site.scale = self.scale(scale, language: site.language) }
        site.allowRawHTML = fields.bool("allow_raw_html") ?? false
        site.strict = fields.bool("strict") ?? false
        site.paper = fields.choice("print", as: PaperSize.self) ?? .a3
        site.surveys = surveys(fields)
        if let quadrants = fields.mapping("quadrants") { site.quadrants = quadrantRule(quadrants) }
        site.feedback = feedbackFiles(fields)
        (site.lanes, site.laneOrder) = LaneSettings.site(fields)
        if let minAnswers = fields.integer("min_answers") {
            if minAnswers >= 1 { site.minAnswers = minAnswers } else {
                file.error(at: fields.location(of: "min_answers"), "'min_answers' must be 1 or more",
                           hint: "write the number of answers a stage needs to count as well evidenced, e.g. 'min_answers: 5'")
            }
        }
        site.templates = templatesFolder(fields, root: root)
        if let strings = fields.mapping("strings") { site.strings = self.strings(strings, language: site.language, known: stringKeys, languages: languages) }
        return (site, file.diagnostics)
    }

    /// A language the theme has words for (`languages`); an error names them, and how to add one.
    static func language(_ fields: FieldReader, key: String, among languages: [String]) -> String? {
        guard let code = fields.text(key)?.trimmed().lowercased() else { return nil }
        guard languages.contains(code) else {
            fields.file.error(at: fields.location(of: key),
                              "'\(key)' is '\(code)'; the interface's words exist in \(languages.joined(separator: ", "))",
                              hint: (Suggestion.didYouMean(code, among: languages) ?? "use one of: \(languages.joined(separator: ", "))")
                                  + "; or add Templates/strings/\(code).yml with the interface's words in that language")
            return nil
        }
        return code
    }

    /// The roles a survey may set for every row instead of reading them from a column.
    private static let fixedRoles: [SurveyFile.Role] = [.journey, .stage, .persona, .wave]

    /// `templates: ../Templates`: a folder, relative to the content folder, that exists.
    private static func templatesFolder(_ fields: FieldReader, root: URL) -> String? {
        guard let folder = fields.text("templates") else { return nil }
        guard FileTree.isFolder(folder.hasPrefix("/") ? folder : root.appendingPathComponent(folder).path) else {
            fields.file.error(at: fields.location(of: "templates"), "'templates' names '\(folder)', which is not a folder",
                              hint: "write the folder of your template overrides relative to the content folder, "
                                  + "e.g. 'templates: ../Templates', or remove the key to use the built-in theme")
            return nil
        }
        return folder
    }

    /// The survey files: `- { file: data/x.csv, scale: { min: 1, max: 5 } }`, with the headers
    /// of their columns (`columns: { score: "Q3…" }`), values for every row (`journey: cake-order`)
    /// and score columns per stage (`scores: { purchase: "Q3…" }`).
    private static func surveys(_ fields: FieldReader) -> [SurveyFile] {
        fields.list("surveys").compactMap { node in
            guard let entry = FieldReader.mapping(node, key: "surveys", file: fields.file) else { return nil }
            guard let declared = dataFile(entry, name: "survey", fileName: "survey file", example: "data/survey.csv",
                                          keys: ["file", "scale", "csat_scale", "columns", "scores", "waves"], fixed: fixedRoles) else { return nil }
            var survey = SurveyFile(path: declared.path, columns: declared.columns, fixed: declared.fixed, declaration: entry.location)
            if let scores = entry.mapping("scores") {
                survey.scores = scores.mapping.compactMap { key, value in
                    guard let stage = key.string, let header = scores.text(of: value, key: stage)?.trimmed() else { return nil }
                    return SurveyFile.ScoreColumn(stage: stage, header: header)
                }
            }
            if !survey.scores.isEmpty, survey.columns[.score] != nil || survey.fixed[.stage] != nil || survey.columns[.stage] != nil {
                entry.file.error(at: entry.location(of: "scores"), "'scores' gives a column per stage, so the survey has no 'stage' or 'score' column",
                                 hint: "remove 'stage' and 'columns: { score: … }', or remove 'scores'")
            }
            if !survey.scores.isEmpty, let role = SurveyFile.Role.indicators.first(where: { survey.columns[$0] != nil }) {
                entry.file.error(at: entry.location(of: "columns"), "'scores' gives a column per stage, so a '\(role.rawValue)' column rates no stage",
                                 hint: "put the \(role.rawValue.uppercased()) answers in a survey with a 'stage' column, one row per stage answered")
            }
            if entry.node("waves") != nil {
                survey.waveRule = waveRule(entry)
                if survey.fixed[.wave] != nil || survey.columns[.wave] != nil {
                    entry.file.error(at: entry.location(of: "waves"), "the survey gives its rows a wave and a rule to find it from their dates",
                                     hint: "keep one: 'wave: …' or a 'wave' column, or 'waves:' with a 'date' column")
                }
            }
            if let scale = entry.mapping("csat_scale") { survey.csatScale = satisfactionScale(scale) }
            if let scale = entry.mapping("scale") {
                scale.checkKeys(["min", "max"], in: "a survey's scale")
                survey.scaleMin = scale.number("min") ?? survey.scaleMin
                survey.scaleMax = scale.number("max") ?? survey.scaleMax
                if survey.scaleMin >= survey.scaleMax {
                    entry.file.error(at: scale.location, "a survey's scale must go up from 'min' to 'max'", hint: "e.g. scale: { min: 1, max: 5 }")
                    return nil
                }
            }
            return survey
        }
    }

    /// The impact/effort matrix's own table: `quadrants: { medium: { low: fill-in } }`, by impact then
    /// effort; the cells it does not give keep the standard table's quadrant.
    private static func quadrantRule(_ fields: FieldReader) -> QuadrantRule {
        let levels = Level.allCases.map(\.rawValue)
        fields.checkKeys(levels, in: "quadrants (an impact: low, medium or high)")
        var rule = QuadrantRule.standard
        for impact in Level.allCases {
            guard let row = fields.mapping(impact.rawValue) else { continue }
            row.checkKeys(levels, in: "the quadrants of \(impact.rawValue) impact (an effort: low, medium or high)")
            for effort in Level.allCases {
                if let quadrant = row.choice(effort.rawValue, as: Quadrant.self) { rule.table[impact, default: [:]][effort] = quadrant }
            }
        }
        return rule
    }

    /// How a survey's dates give waves: `quarter`, `month`, or `[{ name: 2026-T3, from: 2026-07-01, to: 2026-09-30 }, …]`.
    private static func waveRule(_ entry: FieldReader) -> WaveRule? {
        let hint = "write 'waves: quarter', 'waves: month', or a list of '{ name: 2026-T3, from: 2026-07-01, to: 2026-09-30 }'"
        guard case .sequence = entry.node("waves") else {
            switch entry.text("waves")?.trimmed() {
            case "quarter": return .quarter
            case "month": return .month
            case let other:
                entry.file.error(at: entry.location(of: "waves"), "'waves' is '\(other ?? "")', which is no rule to find a wave from a date", hint: hint)
                return nil
            }
        }
        var ranges: [WaveRange] = []
        for node in entry.list("waves") {
            guard let range = FieldReader.mapping(node, key: "waves", file: entry.file) else { return nil }
            range.checkKeys(["name", "from", "to"], in: "a wave")
            func day(_ key: String) -> CalendarDay? {
                guard let text = range.requiredText(key, in: "the wave") else { return nil }
                guard let day = CalendarDay(text.trimmed()) else {
                    entry.file.error(at: range.location(of: key), "'\(key)' is '\(text)', which is not a date YYYY-MM-DD", hint: hint)
                    return nil
                }
                return day
            }
            guard let name = range.requiredText("name", in: "the wave")?.trimmed(), let from = day("from"), let to = day("to") else { return nil }
            guard from <= to else {
                entry.file.error(at: range.location, "the wave '\(name)' ends (\(to)) before it starts (\(from))", hint: "swap 'from' and 'to'")
                return nil
            }
            if let other = ranges.first(where: { $0.from <= to && from <= $0.to }) {
                entry.file.error(at: range.location, "the wave '\(name)' overlaps the wave '\(other.name)'",
                                 hint: "give each day one wave: end one wave before the next starts")
                return nil
            }
            ranges.append(WaveRange(name: name, from: from, to: to))
        }
        return .ranges(ranges)
    }

    /// A survey's CSAT scale: `{ min: 1, max: 5, satisfied: 4 }`, satisfied from the top two answers by default.
    private static func satisfactionScale(_ fields: FieldReader) -> SurveyFile.SatisfactionScale {
        fields.checkKeys(["min", "max", "satisfied"], in: "a survey's csat_scale")
        var scale = SurveyFile.SatisfactionScale()
        scale.min = fields.number("min") ?? scale.min
        scale.max = fields.number("max") ?? scale.max
        scale.satisfied = fields.number("satisfied") ?? scale.max - 1
        guard scale.min < scale.max, (scale.min...scale.max).contains(scale.satisfied) else {
            fields.file.error(at: fields.location, "a survey's csat_scale must go up from 'min' to 'max', with 'satisfied' between them",
                              hint: "e.g. csat_scale: { min: 1, max: 5, satisfied: 4 }")
            return SurveyFile.SatisfactionScale()
        }
        return scale
    }

    /// The feedback files: `- { file: data/tickets.csv, channel: support }`, with the headers of
    /// their columns (`columns: { text: "Message" }`) and values for every row (`journey: cake-order`).
    private static func feedbackFiles(_ fields: FieldReader) -> [FeedbackFile] {
        fields.list("feedback").compactMap { node in
            guard let entry = FieldReader.mapping(node, key: "feedback", file: fields.file),
                  let declared = dataFile(entry, name: "feedback file", fileName: "feedback file", example: "data/tickets.csv",
                                          keys: ["file", "channel", "columns"], fixed: [FeedbackFile.Role.journey, .stage, .persona]) else { return nil }
            return FeedbackFile(path: declared.path, channel: entry.text("channel")?.trimmed(), columns: declared.columns,
                                fixed: declared.fixed, declaration: entry.location)
        }
    }

    /// What a survey or feedback file's entry in site.yml says alike: its `file`, a path inside the
    /// content folder, the values it gives every row (the `fixed` roles) and the headers of the columns
    /// that hold the others (`columns:`), one or the other for a role. `name` calls the entry in
    /// messages, `fileName` its file; `keys` are the entry's keys besides the roles.
    private static func dataFile<Role: RawRepresentable & CaseIterable & Hashable>(
        _ entry: FieldReader, name: String, fileName: String, example: String, keys: [String], fixed roles: [Role]
    ) -> (path: String, fixed: [Role: String], columns: [Role: String])? where Role.RawValue == String {
        entry.checkKeys(keys + roles.map(\.rawValue), in: "a \(name)")
        guard let path = entry.requiredText("file", in: "the \(name)") else { return nil }
        guard OutputFile.isSafePath(path) else {
            entry.file.error(at: entry.location(of: "file"), "the \(fileName) '\(path)' must be a path inside the content folder",
                             hint: "write it relative to the content folder, e.g. \(example)")
            return nil
        }
        var fixed: [Role: String] = [:], columns: [Role: String] = [:]
        for role in roles {
            if let value = entry.text(role.rawValue)?.trimmed(), !value.isEmpty { fixed[role] = value }
        }
        if let mapping = entry.mapping("columns") {
            mapping.checkKeys(Role.allCases.map(\.rawValue), in: "a \(name)'s columns")
            for role in Role.allCases {
                if let header = mapping.text(role.rawValue)?.trimmed(), !header.isEmpty { columns[role] = header }
            }
        }
        for role in roles where fixed[role] != nil && columns[role] != nil {
            entry.file.error(at: entry.location(of: role.rawValue), "the \(name) sets '\(role.rawValue)' for every row and names a column for it",
                             hint: "keep one: '\(role.rawValue): …' for the whole file, or 'columns: { \(role.rawValue): … }'")
        }
        return (path, fixed, columns)
    }

    /// The site's wording of UI strings: `key: text` for the site's language, or
    /// `fr: { key: text }` per language.
    private static func strings(_ fields: FieldReader, language: String, known: [String], languages: [String]) -> [String: [String: String]] {
        var strings: [String: [String: String]] = [:]
        func add(_ key: Node, _ value: Node, in language: String, from reader: FieldReader) {
            guard let name = key.string else { return }
            guard known.contains(name) else {
                reader.file.warning(at: reader.file.location(key.mark), "'\(name)' is not a string of the site's interface; it is ignored",
                                    hint: Suggestion.didYouMean(name, among: known) ?? "see docs/content-format.md for the keys")
                return
            }
            strings[language, default: [:]][name] = reader.text(of: value, key: name)
        }
        for (key, value) in fields.mapping {
            if let code = key.string, languages.contains(code), let nested = FieldReader.mapping(value, key: code, file: fields.file) {
                for (innerKey, innerValue) in nested.mapping { add(innerKey, innerValue, in: code, from: nested) }
            } else {
                add(key, value, in: language, from: fields)
            }
        }
        return strings
    }

    private static func scale(_ fields: FieldReader, language: String) -> EmotionScale {
        fields.checkKeys(["min", "max", "labels"], in: "scale")
        let file = fields.file
        let min = fields.integer("min") ?? -2
        let max = fields.integer("max") ?? 2
        guard min < max, max - min <= 20 else {
            file.error(at: fields.location, "the scale must go up from 'min' to 'max' in at most 20 steps (it is \(min)…\(max))",
                       hint: "e.g. 'scale: { min: -2, max: 2 }'")
            return EmotionScale()
        }
        var labels: [Int: String] = [:]
        if let labelFields = fields.mapping("labels") {
            for (keyNode, valueNode) in labelFields.mapping {
                let location = file.location(keyNode.mark)
                guard let level = keyNode.string.flatMap({ Int($0.trimmed()) }), (min...max).contains(level) else {
                    file.error(at: location, "label key '\(keyNode.string ?? "")' is not a level of the scale \(min)…\(max)",
                               hint: "use whole numbers from \(min) to \(max) as keys")
                    continue
                }
                labels[level] = labelFields.text(of: valueNode, key: "labels")
            }
        } else if min == -2 && max == 2 {
            labels = EmotionScale.defaultLabels(language: language)
        }
        return EmotionScale(min: min, max: max, labels: labels)
    }
}
