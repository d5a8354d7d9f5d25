import CSV
import Foundation
import JourneyModel

/// Reads the survey files declared in `site.yml` and keeps the answers that fit the content.
///
/// A row that does not fit (unknown journey, stage or persona, a score off the survey's scale or
/// not a number) is rejected with a warning naming its file and line; the other rows are used.
/// A file that cannot be read, or lacks a column it needs, is an error. Rows about a journey or
/// stage that failed to load are left out without a word: the note's error is the cause.
struct SurveyLoader {
    let folder: ContentFolder
    let site: Site
    let journeys: [Journey]
    let personas: [Persona]
    /// The slugs of the journeys that did not load, and of the stages that did not, by journey.
    let unloaded: [String: Set<String>?]

    func load() -> (responses: [SurveyResponse], tally: SurveyTally, diagnostics: [Diagnostic]) {
        var responses: [SurveyResponse] = [], tally = SurveyTally(), diagnostics: [Diagnostic] = []
        for survey in site.surveys {
            let result = load(survey)
            responses += result.responses
            tally.read += result.tally.read
            tally.rejected += result.tally.rejected
            diagnostics += result.diagnostics
        }
        return (responses, tally, diagnostics + waveProblems(responses))
    }

    /// A journey's `survey_wave` that none of its answers has; a survey without waves beside surveys with them.
    private func waveProblems(_ responses: [SurveyResponse]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let waves = Dictionary(grouping: responses.filter { $0.wave != nil }, by: \.journey).mapValues { Set($0.compactMap(\.wave)).sorted() }
        for journey in journeys {
            guard let wave = journey.surveyWave, wave != Journey.allWaves, !(waves[journey.slug] ?? []).contains(wave) else { continue }
            let known = waves[journey.slug] ?? []
            problems.append(.error(at: journey.surveyWaveLocation ?? SourceLocation(file: journey.source),
                                   "'survey_wave' is '\(wave)', but no survey answer about the journey is of that wave",
                                   hint: known.isEmpty ? "give the survey a wave in site.yml ('wave:' or 'waves:'), or remove 'survey_wave'"
                                       : (Suggestion.didYouMean(wave, among: known).map { $0 + " " } ?? "")
                                           + "Waves of its answers: \(known.joined(separator: ", ")); or 'all' for every answer"))
        }
        guard !waves.isEmpty else { return problems }
        for survey in site.surveys where survey.fixed[.wave] == nil && survey.waveRule == nil {
            let rows = responses.filter { $0.source.file == folder.displayPath(survey.path) }
            guard !rows.isEmpty, rows.allSatisfy({ $0.wave == nil }) else { continue }
            problems.append(.warning(at: survey.declaration ?? SourceLocation(file: folder.displayPath(survey.path)),
                                     "the survey \(folder.displayPath(survey.path)) gives no wave, while other surveys do: its answers count only with 'survey_wave: all'",
                                     hint: "give it a wave: 'wave: …', a 'wave' column, or 'waves:' with a 'date' column"))
        }
        return problems
    }

    private func load(_ survey: SurveyFile) -> (responses: [SurveyResponse], tally: SurveyTally, diagnostics: [Diagnostic]) {
        let path = folder.displayPath(survey.path)
        let start = SourceLocation(file: path)
        if let outside = folder.linkOutside(survey.path) { return ([], SurveyTally(), [outside]) }
        guard let data = try? Data(contentsOf: folder.root.appendingPathComponent(survey.path)) else {
            return ([], SurveyTally(), [.error(at: survey.declaration ?? start, "the survey file \(path) cannot be read",
                                               hint: "check the path under 'surveys' in site.yml")])
        }
        let text: SurveyText
        switch SurveyText.read(data, path: path) {
        case .success(let read): text = read
        case .failure(let invalid): return ([], SurveyTally(), [invalid.diagnostic(path: path, name: "the survey file")])
        }
        var diagnostics: [Diagnostic] = text.assumedEncoding.map { encoding in
            [.warning(at: start, "the survey file is not UTF-8: read as \(encoding), as Excel writes it on Windows",
                      hint: "export it as 'CSV UTF-8' to be sure every accent reads right")]
        } ?? []
        let rows: [[String]]
        do {
            rows = Array(try CSVReader(string: text.text, hasHeaderRow: false, delimiter: text.separator))
        } catch {
            return ([], SurveyTally(), diagnostics + [.error(at: start, "the survey file is not valid CSV: \(error)")])
        }
        guard let header = rows.first else {
            return ([], SurveyTally(), diagnostics + [.error(at: start, "the survey file is empty",
                                                             hint: "its first line names the columns: journey,stage,persona,respondent,score,comment")])
        }
        let columns: SurveyColumns
        switch SurveyColumns.resolve(rows, survey: survey, path: path) {
        case .success(let resolved): columns = resolved
        case .failure(let problem): return ([], SurveyTally(), diagnostics + [problem])
        }
        if survey.columns.isEmpty && survey.scores.isEmpty {
            for (column, name, role) in SurveyColumns.misspelt(header) {
                diagnostics.append(.warning(at: SourceLocation(file: path, line: 1, column: column + 1),
                                            "the survey column '\(name)' is ignored", hint: "did you mean '\(role)'?"))
            }
        }
        if !survey.scores.isEmpty {
            for (column, name) in header.enumerated() {
                guard let role = SurveyFile.Role(rawValue: name.trimmed().lowercased()), SurveyFile.Role.indicators.contains(role) else { continue }
                diagnostics.append(.warning(at: SourceLocation(file: path, line: 1, column: column + 1),
                                            "the survey column '\(name)' is ignored: with a score column per stage ('scores'), it rates no stage",
                                            hint: "put its answers in a survey with a 'stage' column, one row per stage answered"))
            }
        }
        var responses: [SurveyResponse] = [], tally = SurveyTally()
        let reader = RowReader(survey: survey, columns: columns, site: site, journeys: journeys, personas: personas,
                               decimalLanguage: text.separator == ";" ? "fr" : site.language)
        var line = 1 + rows.prefix(columns.headerRows).reduce(0) { $0 + 1 + Self.newlines(in: $1) }
        for row in rows.dropFirst(columns.headerRows) {
            let rowLine = line
            line += 1 + Self.newlines(in: row)
            if row.allSatisfy({ $0.trimmed().isEmpty }) { continue }
            tally.read += 1
            let location = SourceLocation(file: path, line: rowLine)
            switch reader.responses(row, at: location) {
            case .success(let answers):
                responses += answers
            case .failure(let rejection):
                tally.rejected += 1
                if isUnloaded(rejection.journey, stage: rejection.stage) { continue }
                diagnostics.append(Diagnostic(rejection.isError ? .error : .warning, at: location,
                                              "survey row rejected: \(rejection.message)", hint: rejection.hint))
            }
        }
        return (responses, tally, diagnostics)
    }

    /// Whether the journey, or its stage, named by a rejected row failed to load.
    private func isUnloaded(_ journey: String?, stage: String?) -> Bool {
        guard let journey, let failed = unloaded[journey] else { return false }
        guard let stages = failed else { return true }
        return stage.map(stages.contains) ?? false
    }

    /// Line breaks inside a row's fields, so rows can be given the line they start on.
    static func newlines(in row: [String]) -> Int {
        row.reduce(0) { $0 + $1.utf8.filter { $0 == UInt8(ascii: "\n") }.count }
    }
}
