import JourneyModel

/// Where a feedback file's values are: the column of each role, named by the file's header
/// (without case, runs of spaces as one) or by `columns:` in `site.yml`.
struct FeedbackColumns {
    /// The column of each role read from the file.
    var index: [FeedbackFile.Role: Int]
    /// How many fields the header has, which every row must have.
    var fieldCount: Int

    /// The roles a row cannot do without, unless site.yml gives them for the whole file.
    private static let needed: [FeedbackFile.Role] = [.journey, .stage, .text]

    /// The columns of `feedback` in a file whose first line is `header`, or the error that stops
    /// the file from being read; `path` names the file in messages.
    static func resolve(header: [String], feedback: FeedbackFile, path: String) -> Result<FeedbackColumns, Diagnostic> {
        let names = header.map(SurveyColumns.normalized)
        let declared = feedback.declaration ?? SourceLocation(file: path)
        var index: [FeedbackFile.Role: Int] = [:]
        for role in FeedbackFile.Role.allCases where feedback.fixed[role] == nil {
            let wanted = feedback.columns[role] ?? role.rawValue
            if let found = names.firstIndex(of: SurveyColumns.normalized(wanted)) {
                index[role] = found
            } else if feedback.columns[role] != nil || needed.contains(role) {
                let mapped = feedback.columns[role] != nil
                return .failure(.error(at: mapped ? declared : SourceLocation(file: path),
                                       "the feedback file \(path) has no column '\(wanted)'\(mapped ? " (its \(role.rawValue))" : "")",
                                       hint: SurveyColumns.nearest(wanted, among: header).map { "did you mean '\($0)'?" }
                                           ?? "name the column '\(role.rawValue)', or tell site.yml which column it is: columns: { \(role.rawValue): \"…\" }"))
            }
        }
        if index[.channel] == nil, feedback.channel == nil {
            return .failure(.error(at: declared, "the feedback file \(path) says nowhere which channel its items come from",
                                   hint: "give the file one in site.yml ('channel: support'), or add a 'channel' column"))
        }
        return .success(FeedbackColumns(index: index, fieldCount: header.count))
    }
}
