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

    func load() -> DataRows<SurveyResponse> {
        var rows = DataRows(site.surveys, load)
        rows.diagnostics += waveProblems(rows.values)
        return rows
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

    private func load(_ survey: SurveyFile) -> DataRows<SurveyResponse> {
        let path = folder.displayPath(survey.path)
        let file: DataFile
        switch DataFile.read(survey.path, in: folder, declaration: survey.declaration, kind: "survey", key: "surveys",
                             columns: "journey,stage,persona,respondent,score,comment") {
        case .success(let read): file = read
        case .failure(let problem): return DataRows(diagnostics: [problem])
        }
        var diagnostics = file.warnings
        let rows = file.rows, header = rows[0]
        let columns: SurveyColumns
        switch SurveyColumns.resolve(rows, survey: survey, path: path) {
        case .success(let resolved): columns = resolved
        case .failure(let problem): return DataRows(diagnostics: diagnostics + [problem])
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
        let reader = RowReader(survey: survey, columns: columns, site: site, journeys: journeys, personas: personas,
                               decimalLanguage: file.separator == ";" ? "fr" : site.language)
        var answers = file.read(afterHeaderRows: columns.headerRows, path: path, kind: "survey", unloaded: unloaded, reader.responses)
        answers.diagnostics = diagnostics + answers.diagnostics
        return answers
    }
}
