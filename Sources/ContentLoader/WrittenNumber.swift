/// A number as people write it: `3.6`, `3,6`, `−1.5`, `1 200`, `1 200,5`, `1,200.5`.
///
/// A comma is a decimal comma in a French text; in an English one too, unless it could be a
/// thousands separator (`1,200`), which is ambiguous and refused. Thousands are grouped by three
/// with a space, a no-break space (U+00A0), a narrow no-break space (U+202F) or a thin space
/// (U+2009), or with the separator that is not the decimal one (`1,200.5`, `1.200,5`).
enum WrittenNumber: Equatable {
    /// The value, and whether a decimal comma was read as a point.
    case number(Double, decimalComma: Bool)
    /// A comma that may separate thousands or decimals: `1,200` in an English text.
    case ambiguous
    /// Not a number at all.
    case notANumber

    private static let groupSpaces: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\u{2009}"]

    /// Reads `text` written in `language` (`en`, `fr`…).
    init(_ text: String, language: String) {
        var scalars = Array(text.unicodeScalars)
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var sign = ""
        if let first = scalars.first, first == "-" || first == "\u{2212}" || first == "+" {
            sign = first == "+" ? "" : "-"
            scalars.removeFirst()
        }
        let commas = scalars.filter { $0 == "," }.count, points = scalars.filter { $0 == "." }.count
        // The decimal separator is the last of the two when both appear; a lone comma is one too.
        let decimal: Unicode.Scalar? = switch (commas, points) {
        case (0, 0): nil
        case (0, _): "."
        case (_, 0): commas == 1 ? "," : nil
        default: scalars.lastIndex(of: ",")! > scalars.lastIndex(of: ".")! ? "," : "."
        }
        let grouping: Set<Unicode.Scalar> = Self.groupSpaces.union(decimal == "," ? ["."] : decimal == "." ? [","] : [",", "."])
        let parts = scalars.split(separator: decimal ?? "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholePart = parts.first, let whole = Self.digits(grouped: Array(wholePart), by: grouping) else {
            self = Self.exponent(sign + String(String.UnicodeScalarView(scalars)))
            return
        }
        let fraction = parts.count == 2 ? Array(parts[1]) : []
        guard !whole.isEmpty || !fraction.isEmpty, fraction.allSatisfy(Self.isDigit), !(parts.count == 2 && fraction.isEmpty) else {
            self = .notANumber
            return
        }
        // `1,200` in English and `1.200` in French may be thousands or decimals.
        let usedComma = decimal == ",", foreignPoint = language == "fr" ? decimal == "." && commas == 0 : usedComma && points == 0
        if foreignPoint, fraction.count == 3, (1...3).contains(whole.count), whole != "0" {
            self = .ambiguous
            return
        }
        guard let value = Double(sign + (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + String(String.UnicodeScalarView(fraction)))),
              value.isFinite else {
            self = .notANumber
            return
        }
        self = .number(value, decimalComma: usedComma)
    }

    /// The digits of a whole part, without its group separators, which must all be one kind
    /// and split it in groups of three after the first; nil when it is not written so.
    private static func digits(grouped scalars: [Unicode.Scalar], by separators: Set<Unicode.Scalar>) -> String? {
        let used = Set(scalars.filter { !isDigit($0) })
        guard used.isSubset(of: separators), used.count <= 1 else { return nil }
        guard let separator = used.first else { return String(String.UnicodeScalarView(scalars)) }
        let groups = scalars.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return String(String.UnicodeScalarView(groups.joined()))
    }

    /// A number with an exponent, `1e3`, as Swift reads it.
    private static func exponent(_ text: String) -> WrittenNumber {
        guard text.contains(where: { $0 == "e" || $0 == "E" }), let value = Double(text), value.isFinite else { return .notANumber }
        return .number(value, decimalComma: false)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
