import JourneyModel

/// Reads one row of a feedback file into an item: the journey, stage and persona it names (by
/// slug or name), its text, channel, date and the pain point it mentions.
struct FeedbackRow {
    let feedback: FeedbackFile
    let columns: FeedbackColumns
    let names: ContentNames
    /// The ids of the site's pain points, sorted, which `pain` may name.
    let painPoints: [String]

    /// The item of `row`, which starts at `location`, or why it cannot be used.
    func item(_ row: [String], at location: SourceLocation) -> Result<FeedbackItem, RowReader.Rejection> {
        guard row.count == columns.fieldCount else {
            return .failure(RowReader.Rejection(message: "it has \(row.count) fields, the header \(columns.fieldCount)",
                                                hint: "quote fields that contain the separator"))
        }
        func value(_ role: FeedbackFile.Role) -> String? {
            feedback.fixed[role] ?? columns.index[role].map { row[$0].trimmed() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        return names.journey(named: value(.journey)).flatMap { journey in
            names.persona(named: value(.persona), in: journey).flatMap { persona in
                names.stage(value(.stage) ?? "", in: journey).flatMap { stage in
                    item(journey: journey.slug, stage: stage.slug, persona: persona, value: value, at: location)
                }
            }
        }
    }

    private func item(journey: String, stage: String, persona: String?, value: (FeedbackFile.Role) -> String?,
                      at location: SourceLocation) -> Result<FeedbackItem, RowReader.Rejection> {
        func rejection(_ message: String, hint: String? = nil) -> Result<FeedbackItem, RowReader.Rejection> {
            .failure(RowReader.Rejection(message: message, hint: hint, journey: journey, stage: stage))
        }
        guard let text = value(.text) else { return rejection("no text") }
        guard let channel = value(.channel) ?? feedback.channel else {
            return rejection("no channel", hint: "fill its channel, or give the file one in site.yml ('channel: support')")
        }
        var date: String?
        if let written = value(.date) {
            guard let day = CalendarDay(written)?.description else {
                return rejection("the date '\(written)' is not written year first", hint: "write dates as 2026-03-14 (a time after it may stay)")
            }
            date = day
        }
        if let pain = value(.pain), !painPoints.contains(pain) {
            return rejection("no pain point has the id '\(pain)'",
                             hint: Suggestion.didYouMean(pain, among: painPoints) ?? "give the pain point it mentions 'id: \(pain)' in its stage note")
        }
        return .success(FeedbackItem(journey: journey, stage: stage, persona: persona, date: date, text: text, channel: channel,
                                     pain: value(.pain), source: location))
    }
}
