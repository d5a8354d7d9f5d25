import JourneyModel

/// Reads the rows of one survey file into answers: the journey, stage and persona a row names
/// (by slug, or by name as survey tools write them), and its score, or one per stage.
struct RowReader {
    /// Why a row cannot be used, and what it names, so rows about content that did not load are left out.
    struct Rejection: Error {
        var message: String
        var hint: String?
        /// A row that names a stage two stages share: an error until the names differ.
        var isError = false
        var journey: String?
        var stage: String?
    }

    let survey: SurveyFile
    let columns: SurveyColumns
    let site: Site
    let journeys: [Journey]
    let personas: [Persona]
    /// The language decimal commas are read in: French for a `;`-separated file, as French Excel writes them.
    let decimalLanguage: String

    private var names: ContentNames { ContentNames(journeys: journeys, personas: personas) }

    /// The answers of `row`, which starts at `location`, or why it cannot be used.
    func responses(_ row: [String], at location: SourceLocation) -> Result<[SurveyResponse], Rejection> {
        guard row.count == columns.fieldCount else {
            return .failure(Rejection(message: "it has \(row.count) fields, the header \(columns.fieldCount)", hint: "quote fields that contain the separator"))
        }
        func value(_ role: SurveyFile.Role) -> String? {
            survey.fixed[role] ?? columns.index[role].map { row[$0].trimmed() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let journey: Journey, persona: String?
        switch names.journey(named: value(.journey)).flatMap({ journey in names.persona(named: value(.persona), in: journey).map { (journey, $0) } }) {
        case .success(let found): (journey, persona) = found
        case .failure(let rejection): return .failure(rejection)
        }
        let asked: [(stage: String?, score: String?, column: String)] = columns.scores.isEmpty
            ? [(value(.stage), value(.score), "score")]
            : zip(columns.scores, survey.scores).map { column, declared in (column.stage, row[column.index].trimmed(), declared.header) }
        var answers: [SurveyResponse] = []
        for (stageName, raw, column) in asked {
            if !columns.scores.isEmpty, raw?.isEmpty ?? true { continue }
            let stage: Stage
            switch names.stage(stageName ?? "", in: journey) {
            case .success(let found): stage = found
            case .failure(let rejection): return .failure(rejection)
            }
            guard let raw, !raw.isEmpty else {
                return .failure(Rejection(message: "no score", journey: journey.slug, stage: stage.slug))
            }
            guard case .number(let answer, _) = WrittenNumber(raw, language: decimalLanguage) else {
                return .failure(Rejection(message: "the \(column == "score" ? "score" : "answer to '\(column)'") '\(raw)' is not a number",
                                          journey: journey.slug, stage: stage.slug))
            }
            guard answer >= survey.scaleMin && answer <= survey.scaleMax else {
                return .failure(Rejection(message: "the score \(raw) is outside the survey's scale \(Format.plain(survey.scaleMin))…\(Format.plain(survey.scaleMax))",
                                          hint: "set the survey's scale in site.yml, or correct the answer", journey: journey.slug, stage: stage.slug))
            }
            answers.append(SurveyResponse(journey: journey.slug, stage: stage.slug, persona: persona, respondent: value(.respondent),
                                          score: survey.map(answer, onto: site.scale), comment: value(.comment), source: location))
        }
        guard !answers.isEmpty else { return .failure(Rejection(message: "no answer in its score columns", journey: journey.slug)) }
        return .success(answers)
    }
}
