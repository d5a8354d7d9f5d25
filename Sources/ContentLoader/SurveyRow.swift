import JourneyModel

/// Reads the rows of one survey file into answers: the journey, stage and persona a row names
/// (by slug, or by name as survey tools write them), and its score, or one per stage.
struct RowReader {
    /// Why a row cannot be used, and what it names, so rows about content that did not load are left out.
    struct Rejection: Error {
        var message: String
        /// What to do, worked out only for a rejection that is reported (a did-you-mean among
        /// thousands of journeys is dear, and rows about journeys not read are not reported).
        private var advice: @Sendable () -> String?
        /// A row that names a stage two stages share: an error until the names differ.
        var isError: Bool
        var journey: String?
        var stage: String?

        init(message: String, hint: @autoclosure @escaping @Sendable () -> String? = nil, isError: Bool = false,
             journey: String? = nil, stage: String? = nil) {
            (self.message, advice, self.isError, self.journey, self.stage) = (message, hint, isError, journey, stage)
        }

        var hint: String? { advice() }
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
        let wave: String?
        switch self.wave(value) {
        case .success(let found): wave = found
        case .failure(var rejection):
            rejection.journey = journey.slug
            return .failure(rejection)
        }
        let indicators: IndicatorAnswers
        switch self.indicators(value) {
        case .success(let read): indicators = read
        case .failure(var rejection):
            rejection.journey = journey.slug
            return .failure(rejection)
        }
        var answers: [SurveyResponse] = []
        for (stageName, raw, column) in asked {
            if !columns.scores.isEmpty, raw?.isEmpty ?? true { continue }
            let stage: Stage
            switch names.stage(stageName ?? "", in: journey) {
            case .success(let found): stage = found
            case .failure(let rejection): return .failure(rejection)
            }
            var score: Double?
            if let raw, !raw.isEmpty {
                guard case .number(let answer, _) = WrittenNumber(raw, language: decimalLanguage) else {
                    return .failure(Rejection(message: "the \(column == "score" ? "score" : "answer to '\(column)'") '\(raw)' is not a number",
                                              journey: journey.slug, stage: stage.slug))
                }
                guard answer >= survey.scaleMin && answer <= survey.scaleMax else {
                    return .failure(Rejection(message: "the score \(raw) is outside the survey's scale \(Format.plain(survey.scaleMin))…\(Format.plain(survey.scaleMax))",
                                              hint: "set the survey's scale in site.yml, or correct the answer", journey: journey.slug, stage: stage.slug))
                }
                score = survey.map(answer, onto: site.scale)
            } else if indicators.isEmpty {
                return .failure(Rejection(message: "no score", journey: journey.slug, stage: stage.slug))
            }
            answers.append(SurveyResponse(journey: journey.slug, stage: stage.slug, persona: persona, respondent: value(.respondent),
                                          wave: wave, score: score, indicators: indicators, comment: value(.comment), source: location))
        }
        guard !answers.isEmpty else { return .failure(Rejection(message: "no answer in its score columns", journey: journey.slug)) }
        return .success(answers)
    }

    /// The row's wave: the survey's for every row, its `wave` column, or its date by the survey's rule.
    private func wave(_ value: (SurveyFile.Role) -> String?) -> Result<String?, Rejection> {
        guard let rule = survey.waveRule else { return .success(value(.wave)) }
        guard let date = value(.date) else { return .failure(Rejection(message: "no date, which its wave is found from")) }
        guard let day = CalendarDay(date) else {
            return .failure(Rejection(message: "the date '\(date)' is not written year first (YYYY-MM-DD)",
                                      hint: "export dates as YYYY-MM-DD: in 14/07/2026 the day and month could be either way round"))
        }
        guard let wave = rule.wave(of: day, language: site.language) else {
            return .failure(Rejection(message: "the date \(day) is in none of the survey's waves", hint: "add a wave that holds it under 'waves' in site.yml"))
        }
        return .success(wave)
    }

    /// The row's NPS, CSAT and CES answers, each checked against its scale.
    private func indicators(_ value: (SurveyFile.Role) -> String?) -> Result<IndicatorAnswers, Rejection> {
        func read(_ role: SurveyFile.Role, on scale: ClosedRange<Double>, whole: Bool = false) throws(Rejection) -> Double? {
            guard let raw = value(role) else { return nil }
            let range = "\(Format.plain(scale.lowerBound))…\(Format.plain(scale.upperBound))"
            guard case .number(let answer, _) = WrittenNumber(raw, language: decimalLanguage), scale.contains(answer),
                  !whole || answer == answer.rounded() else {
                throw Rejection(message: "the \(role.rawValue.uppercased()) answer '\(raw)' is not \(whole ? "a whole number" : "a number") from \(range)",
                                hint: role == .csat ? "correct the answer, or set the survey's 'csat_scale' in site.yml" : "correct the answer, or leave it empty")
            }
            return answer
        }
        let csat = survey.csatScale
        do throws(Rejection) {
            return .success(IndicatorAnswers(nps: try read(.nps, on: SurveyFile.promoterScale, whole: true).map { Int($0) },
                                             satisfied: try read(.csat, on: csat.min...csat.max).map { $0 >= csat.satisfied },
                                             ces: try read(.ces, on: SurveyFile.effortScale)))
        } catch {
            return .failure(error)
        }
    }
}
