import Foundation
import JourneyModel

/// Numbers as pages show them: fixed decimals, a real minus sign, a decimal comma in French.
public struct NumberFormat: Sendable {
    public let language: String

    public init(language: String) {
        self.language = language
    }

    /// A score as `score` shows it, to one decimal: what its label and tone are read from, so
    /// that a score is never labelled as another value than the one shown.
    public static func shown(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// A score with its sign and one decimal at most: `+1.5`, `−2`, `0`.
    public func score(_ value: Double) -> String {
        let rounded = Self.shown(value)
        if rounded == 0 { return "0" }
        return (rounded > 0 ? "+" : "\u{2212}") + decimal(abs(rounded), digits: 1)
    }

    /// A small change with its sign and two decimals, for one that rounds to zero when shown with
    /// `shownDigits` decimals (one, as scores are): `+0.04`; more (`+0.0496`) where fewer would
    /// read as a change that rounds up, `+0.05`.
    public func exactChange(_ value: Double, shownDigits: Int = 1) -> String {
        let half = 0.5 / pow(10, Double(shownDigits))
        let digits = (2...6).first { digits in
            let scale = pow(10, Double(digits))
            return (abs(value) * scale).rounded() / scale < half
        } ?? 6
        return (value < 0 ? "\u{2212}" : "+") + decimal(abs(value), digits: digits)
    }

    /// A plain number with up to `digits` decimals, trailing zeros dropped.
    public func decimal(_ value: Double, digits: Int) -> String {
        var text = FixedPoint.format(value, digits: digits)
        if text.utf8.contains(UInt8(ascii: ".")) {
            while text.utf8.last == UInt8(ascii: "0") { text.removeLast() }
            if text.utf8.last == UInt8(ascii: ".") { text.removeLast() }
        }
        if text == "-0" { return "0" }
        if language == "fr", let point = text.firstIndex(of: ".") { text.replaceSubrange(point...point, with: ",") }
        return text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text
    }

    /// A share as a percentage with at most one decimal: `40 %` style per language (`40%` in English).
    public func percent(_ share: Double) -> String {
        let value = decimal(share * 100, digits: share * 100 < 10 ? 1 : 0)
        return language == "fr" ? value + "\u{202F}%" : value + "%"
    }

    /// A whole number with thousands grouped: `12,000` (en), `12 000` (fr, narrow no-break space).
    public func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += language == "fr" ? "\u{202F}" : "," }
            grouped.append(digit)
        }
        return (value < 0 ? "\u{2212}" : "") + grouped
    }
}
