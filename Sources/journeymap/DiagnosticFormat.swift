import ArgumentParser
import Foundation
import JourneyModel

/// How `check` prints diagnostics: for people, for programs, or for CI annotations.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `file:line:column: error: message` and a hint line, as `build` prints them.
    case text
    /// One JSON document with counts and every diagnostic.
    case json
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
    case github

    /// The diagnostics as this format writes them (`text` without colours).
    func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: diagnostics.map(\.description).joined(separator: "\n")
        case .json: Self.json(diagnostics)
        case .github: diagnostics.map(Self.annotation).joined(separator: "\n")
        }
    }

    private struct Entry: Encodable {
        var severity: String
        var file: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?
    }

    private struct Document: Encodable {
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    private static func json(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(severity: $0.severity.rawValue, file: $0.location.file, line: $0.location.line,
                  column: $0.location.column, message: $0.message, hint: $0.hint)
        }
        let document = Document(errors: diagnostics.filter { $0.severity == .error }.count,
                                warnings: diagnostics.filter { $0.severity == .warning }.count, diagnostics: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }

    /// A workflow command; its data and properties are escaped as GitHub's toolkit does.
    private static func annotation(_ diagnostic: Diagnostic) -> String {
        func data(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        func property(_ text: String) -> String {
            data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let location = diagnostic.location
        let message = diagnostic.message + (diagnostic.hint.map { " (hint: \($0))" } ?? "")
        return "::\(diagnostic.severity.rawValue) file=\(property(location.file)),line=\(location.line),col=\(location.column)::\(data(message))"
    }
}
