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
            guard let day = FeedbackDate.day(written) else {
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

/// The day of a date as exports write it, year first: `2026-03-14`, `2026/03/14`, with or
/// without a time after it (`2026-03-14T09:30:00Z`, `2026/03/14 9:30:00 AM`). `14/03/2026` could
/// be the 14th of March or, read the American way, nothing: it is not guessed.
public enum FeedbackDate {
    /// `YYYY-MM-DD`, or nil when `text` does not start with a real day written year first.
    public static func day(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, [bytes[4], bytes[7]].allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }),
              bytes[4] == bytes[7], bytes.count == 10 || [UInt8(ascii: "T"), UInt8(ascii: " ")].contains(bytes[10]),
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
              (1...12).contains(month), day >= 1, day <= days(inMonth: month, of: year) else { return nil }
        return String(decoding: bytes[0..<4], as: UTF8.self) + "-" + String(decoding: bytes[5..<7], as: UTF8.self)
            + "-" + String(decoding: bytes[8..<10], as: UTF8.self)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
