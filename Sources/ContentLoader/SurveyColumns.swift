import JourneyModel

/// Where a survey's values are: the column of each role, or the value `site.yml` sets for every
/// row, read from the file's header.
///
/// Headers are matched without case and with runs of spaces as one, as survey tools write long
/// questions. A Qualtrics export has three header rows (IDs, question texts, import IDs): its
/// columns are named by their ID or their question.
struct SurveyColumns {
    /// The column of each role read from the file.
    var index: [SurveyFile.Role: Int]
    /// The score columns of a survey with one per stage.
    var scores: [(stage: String, index: Int)]
    /// How many rows the header takes.
    var headerRows: Int
    /// How many fields the header has, which every row must have.
    var fieldCount: Int

    /// The columns of `survey` in a file whose first rows are `rows`, or the errors that stop
    /// the file from being read; `path` names the file in messages.
    static func resolve(_ rows: [[String]], survey: SurveyFile, path: String) -> Result<SurveyColumns, Diagnostic> {
        let headerRows = isQualtrics(rows) ? 3 : 1
        let names = rows.prefix(min(headerRows, 2)).map { $0.map(normalized) }
        let start = SourceLocation(file: path)
        let declared = survey.declaration ?? start
        func column(_ header: String) -> Int? {
            let wanted = normalized(header)
            return names.lazy.compactMap { $0.firstIndex(of: wanted) }.first
        }
        func missing(_ header: String, role: String, mapped: Bool) -> Diagnostic {
            let headers = rows.first ?? []
            let known = headers.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (headers.count > 8 ? "…" : "")
            return .error(at: mapped ? declared : start, "the survey \(path) has no column '\(header)'\(mapped ? " (its \(role))" : "")",
                          hint: nearest(header, among: rows.prefix(2).flatMap { $0 }).map { "did you mean '\($0)'?" }
                              ?? (mapped ? "name a column of its first line: \(known)"
                                  : "name the column '\(role)', or tell site.yml which column it is: columns: { \(role): \"…\" }"
                                      + (role == "score" ? "" : ", or give one for the whole file: \(role): …")))
        }
        var index: [SurveyFile.Role: Int] = [:]
        let needed: [SurveyFile.Role] = (survey.scores.isEmpty ? [.journey, .stage] : [.journey]) + (survey.waveRule == nil ? [] : [.date])
        // A survey with a score column per stage has no column of one stage's indicators.
        let unused: [SurveyFile.Role] = survey.scores.isEmpty ? [] : [.stage] + SurveyFile.Role.indicators
        for role in SurveyFile.Role.allCases where survey.fixed[role] == nil && !unused.contains(role) {
            let header = survey.columns[role] ?? role.rawValue
            if let found = column(header) {
                index[role] = found
            } else if survey.columns[role] != nil || needed.contains(role) {
                return .failure(missing(header, role: role.rawValue, mapped: survey.columns[role] != nil))
            }
        }
        // Rows need a score, unless the survey asks NPS, CSAT or CES instead.
        if survey.scores.isEmpty, index[.score] == nil, !SurveyFile.Role.indicators.contains(where: { index[$0] != nil }) {
            return .failure(missing("score", role: "score", mapped: false))
        }
        var scores: [(stage: String, index: Int)] = []
        for score in survey.scores {
            guard let found = column(score.header) else { return .failure(missing(score.header, role: "score for \(score.stage)", mapped: true)) }
            scores.append((score.stage, found))
        }
        return .success(SurveyColumns(index: index, scores: scores, headerRows: headerRows, fieldCount: rows.first?.count ?? 0))
    }

    /// The columns of the first line whose header is close to a role's name: probably a typo.
    static func misspelt(_ header: [String]) -> [(column: Int, header: String, role: String)] {
        header.enumerated().compactMap { column, text in
            let name = normalized(text)
            guard SurveyFile.Role(rawValue: name) == nil, !name.isEmpty,
                  let role = Suggestion.nearest(to: name, among: SurveyFile.Role.allCases.map(\.rawValue)) else { return nil }
            return (column, text, role)
        }
    }

    /// The header nearest to `wanted`, when it is close for a text of its length: questions are
    /// long, and a quarter of their letters may differ.
    static func nearest(_ wanted: String, among headers: [String]) -> String? {
        let scored = headers.map { ($0, Suggestion.editDistance(normalized(wanted), normalized($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, wanted.count / 4) else { return nil }
        return best.0
    }

    /// A Qualtrics export: its third row holds `{"ImportId":"QID1"}` cells.
    private static func isQualtrics(_ rows: [[String]]) -> Bool {
        rows.count >= 3 && rows[2].contains { $0.hasPrefix("{\"ImportId\"") }
    }

    static func normalized(_ header: String) -> String {
        header.trimmed().lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
