import Foundation
import JourneyModel

/// A survey file's text as exports write it: UTF-8 with or without a byte-order mark, UTF-16
/// with one (Excel's "Unicode text"), or Windows-1252 (Excel's "CSV" on a French Windows), with
/// `,`, `;` or tab between fields.
struct SurveyText {
    var text: String
    var separator: Unicode.Scalar
    /// The encoding assumed for a file that is not UTF-8, for a warning; nil for UTF-8 and UTF-16.
    var assumedEncoding: String?

    /// The text of `data`, or the diagnostic of a file that is no text at all.
    static func read(_ data: Data, path: String) -> Result<SurveyText, UTF8Text.Invalid> {
        let bytes = [UInt8](data)
        let text: String, assumed: String?
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(data: data, encoding: .utf16) else {
                return .failure(UTF8Text.Invalid(isNUL: false, offset: 0, line: 1, column: 1))
            }
            (text, assumed) = (decoded, nil)
        } else {
            switch UTF8Text.decode(data) {
            case .success(let decoded):
                (text, assumed) = (decoded, nil)
            case .failure(let invalid) where invalid.isNUL:
                return .failure(invalid)
            case .failure(let invalid):
                guard let decoded = String(data: data, encoding: .windowsCP1252) else { return .failure(invalid) }
                (text, assumed) = (decoded, "Windows-1252")
            }
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return .success(SurveyText(text: body, separator: separator(of: body), assumedEncoding: assumed))
    }

    /// The separator the first line uses most, outside quotes: `,`, `;` or tab.
    private static func separator(of text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == "\n" { break }
            if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let most = counts.values.max() ?? 0
        return most == 0 ? "," : [",", ";", "\t"].first { counts[$0] == most }!
    }
}
