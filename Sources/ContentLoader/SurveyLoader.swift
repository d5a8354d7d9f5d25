import CSV
import Foundation
import JourneyModel

/// Reads the survey files declared in `site.yml` and keeps the answers that fit the content.
///
/// A row that does not fit (unknown journey, stage or persona, a score off the survey's scale, a
/// missing value) is rejected with a warning naming its file, line and content; the other rows
/// are used. A file that cannot be read, or whose header lacks a column, is an error.
struct SurveyLoader {
    static let requiredColumns = ["journey", "stage", "score"]
    static let optionalColumns = ["persona", "respondent", "comment"]

    let folder: ContentFolder
    let site: Site
    let journeys: [Journey]

    func load() -> (responses: [SurveyResponse], tally: SurveyTally, diagnostics: [Diagnostic]) {
        var responses: [SurveyResponse] = [], tally = SurveyTally(), diagnostics: [Diagnostic] = []
        for survey in site.surveys {
            let result = load(survey)
            responses += result.responses
            tally.read += result.tally.read
            tally.rejected += result.tally.rejected
            diagnostics += result.diagnostics
        }
        return (responses, tally, diagnostics)
    }

    private func load(_ survey: SurveyFile) -> (responses: [SurveyResponse], tally: SurveyTally, diagnostics: [Diagnostic]) {
        let path = folder.displayPath(survey.path)
        let start = SourceLocation(file: path)
        if let outside = folder.linkOutside(survey.path) { return ([], SurveyTally(), [outside]) }
        guard let data = try? Data(contentsOf: folder.root.appendingPathComponent(survey.path)) else {
            return ([], SurveyTally(), [.error(at: start, "the survey file declared in site.yml cannot be read",
                                               hint: "check the path under 'surveys' in site.yml")])
        }
        var text: String
        switch UTF8Text.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let invalid): return ([], SurveyTally(), [invalid.diagnostic(path: path, name: "the survey file")])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows: [[String]]
        do {
            rows = Array(try CSVReader(string: text, hasHeaderRow: false))
        } catch {
            return ([], SurveyTally(), [.error(at: start, "the survey file is not valid CSV: \(error)")])
        }
        guard let header = rows.first?.map({ $0.trimmed().lowercased() }) else {
            return ([], SurveyTally(), [.error(at: start, "the survey file is empty", hint: "its first line names the columns: journey,stage,persona,respondent,score,comment")])
        }
        var diagnostics: [Diagnostic] = []
        let missing = Self.requiredColumns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            return ([], SurveyTally(), [.error(at: start, "the survey's header has no column \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                                               hint: "the first line names the columns: journey,stage,persona,respondent,score,comment")])
        }
        for (index, column) in header.enumerated() where !(Self.requiredColumns + Self.optionalColumns).contains(column) {
            diagnostics.append(.warning(at: SourceLocation(file: path, line: 1, column: index + 1), "unknown survey column '\(column)' is ignored",
                                        hint: Suggestion.didYouMean(column, among: Self.requiredColumns + Self.optionalColumns)))
        }
        var responses: [SurveyResponse] = [], tally = SurveyTally()
        let journeysBySlug = Dictionary(journeys.map { ($0.slug, $0) }) { first, _ in first }
        var line = 2 + Self.newlines(in: rows[0])
        for row in rows.dropFirst() {
            let rowLine = line
            line += 1 + Self.newlines(in: row)
            if row.allSatisfy({ $0.trimmed().isEmpty }) { continue }
            tally.read += 1
            let location = SourceLocation(file: path, line: rowLine)
            switch response(row, header: header, survey: survey, journeys: journeysBySlug, at: location) {
            case .success(let response): responses.append(response)
            case .failure(let problem):
                tally.rejected += 1
                diagnostics.append(.warning(at: location, "survey row rejected: \(problem.message): \(row.joined(separator: ","))",
                                            hint: problem.hint))
            }
        }
        return (responses, tally, diagnostics)
    }

    private struct Rejection: Error {
        var message: String
        var hint: String?
    }

    /// The answer of one row, or why it cannot be used; `journeys` are the site's journeys by slug.
    private func response(_ row: [String], header: [String], survey: SurveyFile, journeys bySlug: [String: Journey],
                          at location: SourceLocation) -> Result<SurveyResponse, Rejection> {
        guard row.count == header.count else {
            return .failure(Rejection(message: "it has \(row.count) fields, the header \(header.count)", hint: "quote fields that contain commas"))
        }
        func field(_ name: String) -> String? {
            header.firstIndex(of: name).map { row[$0].trimmed() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let slug = field("journey"), let journey = bySlug[slug] else {
            let slug = field("journey") ?? ""
            return .failure(Rejection(message: slug.isEmpty ? "no journey" : "unknown journey '\(slug)'",
                                      hint: Suggestion.didYouMean(slug, among: journeys.map(\.slug))))
        }
        guard let stageName = field("stage"), let stage = Self.stage(stageName, in: journey) else {
            let name = field("stage") ?? ""
            return .failure(Rejection(message: name.isEmpty ? "no stage" : "the journey '\(slug)' has no stage '\(name)'",
                                      hint: Suggestion.didYouMean(name, among: journey.stages.map(\.slug))))
        }
        let persona = field("persona")
        if let persona, !journey.personas.contains(persona) {
            return .failure(Rejection(message: "'\(persona)' is not a persona of the journey '\(slug)'",
                                      hint: Suggestion.didYouMean(persona, among: journey.personas)))
        }
        guard let raw = field("score"), let answer = Double(raw), answer.isFinite else {
            return .failure(Rejection(message: "the score is not a number", hint: nil))
        }
        guard answer >= survey.scaleMin && answer <= survey.scaleMax else {
            return .failure(Rejection(message: "the score \(raw) is outside the survey's scale \(Format.plain(survey.scaleMin))…\(Format.plain(survey.scaleMax))",
                                      hint: "set the survey's scale in site.yml, or correct the answer"))
        }
        return .success(SurveyResponse(journey: slug, stage: stage.slug, persona: persona, respondent: field("respondent"),
                                       score: survey.map(answer, onto: site.scale), comment: field("comment"), source: location))
    }

    /// The stage named by its slug or, ignoring case, by its name.
    static func stage(_ name: String, in journey: Journey) -> Stage? {
        journey.stages.first { $0.slug == name } ?? journey.stages.first { $0.name.lowercased() == name.lowercased() }
    }

    /// Line breaks inside a row's fields, so rows can be given the line they start on.
    static func newlines(in row: [String]) -> Int {
        row.reduce(0) { $0 + $1.utf8.filter { $0 == UInt8(ascii: "\n") }.count }
    }
}
