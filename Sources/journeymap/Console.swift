import Foundation
import JourneyModel

/// Writing to the terminal: diagnostics to standard error, results to standard output.
enum Console {
    /// How a piece of text is coloured on a terminal.
    enum Style: String {
        case error = "1;31"
        case warning = "1;33"
        case location = "1"
    }

    /// Whether standard error gets colours: it is a terminal, `NO_COLOR` is not set, and
    /// `--no-color` was not given (see `TerminalOptions`). Set once, before any output.
    nonisolated(unsafe) static var colors = isatty(STDERR_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `text` in `style` when standard error gets colours; as it is otherwise.
    static func styled(_ text: String, _ style: Style) -> String {
        colors ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `file:line:column: error: message` and its hint, the location bold and the severity in
    /// red or yellow on a terminal.
    static func describe(_ diagnostic: Diagnostic) -> String {
        diagnostic.description(location: { styled($0, .location) },
                               severity: { styled($0, diagnostic.severity == .error ? .error : .warning) })
    }

    static func printDiagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(diagnostics.map(describe).joined(separator: "\n"))
    }

    /// `1 journey`, `3 journeys`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
