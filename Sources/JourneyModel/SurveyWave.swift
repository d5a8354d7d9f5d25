/// A day of the calendar, as survey exports write dates: `2026-07-14`, `2026/07/14`, with or without a time after it.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `text` starts with, year first (`2026-07-14`, `2026/07/14 10:14`, `2026-07-14T10:14:00Z`);
    /// nil for any other form, `14/07/2026` among them, whose day and month could be either way round.
    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, scalars[4] == scalars[7], scalars[4] == "-" || scalars[4] == "/",
              scalars.count == 10 || scalars[10] == " " || scalars[10] == "T" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            let digits = scalars[range]
            guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            return Int(String(String.UnicodeScalarView(digits)))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `2026-07-14`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// How a survey's dates are put into waves (`waves:` in `site.yml`).
public enum WaveRule: Sendable, Hashable {
    /// `2026-Q3` (`2026-T3` on a French site).
    case quarter
    /// `2026-07`.
    case month
    /// Named ranges of days, both ends included.
    case ranges([WaveRange])

    /// The wave of `day`; nil when no range holds it.
    public func wave(of day: CalendarDay, language: String) -> String? {
        switch self {
        case .quarter: return "\(day.description.prefix(4))-\(language == "fr" ? "T" : "Q")\((day.month - 1) / 3 + 1)"
        case .month: return String(day.description.prefix(7))
        case .ranges(let ranges): return ranges.first { ($0.from...$0.to).contains(day) }?.name
        }
    }
}

/// A wave of explicit dates: `{ name: 2026-T3, from: 2026-07-01, to: 2026-09-30 }`.
public struct WaveRange: Sendable, Hashable {
    public var name: String
    public var from: CalendarDay
    public var to: CalendarDay

    public init(name: String, from: CalendarDay, to: CalendarDay) {
        self.name = name
        self.from = from
        self.to = to
    }
}
