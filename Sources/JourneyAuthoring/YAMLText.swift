import Foundation

/// Writing values into generated YAML so that they read back exactly as given.
public enum YAMLText {
    /// A text as a YAML scalar: plain when it can only read back as itself, double-quoted
    /// (with escapes) otherwise. The result is safe both as a block value and inside `[…]`/`{…}`.
    public static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    /// A flow list of texts: `[first, "second: quoted"]`.
    public static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// A number as written in a note: whole numbers without decimals, others with at most two.
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Words YAML 1.1 reads as booleans or null when they are not quoted.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null"]

    /// Punctuation a plain scalar may hold after its first letter, in block and flow context alike.
    private static let plainPunctuation = CharacterSet(charactersIn: " -.'()/")

    /// Whether `text` reads back as itself unquoted: it starts with a letter, holds only letters,
    /// digits and harmless punctuation, does not end with a space and is no YAML keyword.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              CharacterSet.letters.contains(first), last != " ",
              !reservedWords.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy {
            CharacterSet.letters.contains($0) || CharacterSet.decimalDigits.contains($0) || plainPunctuation.contains($0)
        }
    }

    /// `"…"` with backslash escapes for `\`, `"` and every control or line-breaking character.
    private static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case _ where needsEscape(scalar): quoted += String(format: "\\u%04X", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// Control characters, line and paragraph separators and the byte-order mark.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: true
        default: false
        }
    }
}
