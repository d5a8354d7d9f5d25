/// A place in a content or template file, counted from 1 as editors do.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user names it (relative to where the tool runs when possible).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in the input: where it is, what is wrong, and what to do about it.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Errors stop the build; warnings are reported and the build goes on.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the author can do to fix it, when there is something useful to say.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `file:line:column: error: message`, then the hint on its own indented line.
    public var description: String { description(location: { $0 }, severity: { $0 }) }

    /// `description` with the location (`file:line:column:`) and the severity (`error:`) passed
    /// through the given styles, such as colours on a terminal.
    public func description(location styleLocation: (String) -> String, severity styleSeverity: (String) -> String) -> String {
        var text = "\(styleLocation("\(location):")) \(styleSeverity("\(severity.rawValue):")) \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }

    /// Sorted by file and position, so reports are stable from run to run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}

extension Diagnostic {
    /// The diagnostic as strict mode reports it: a warning becomes an error that says so.
    public var strict: Diagnostic {
        guard severity == .warning else { return self }
        return .error(at: location, message + " (a warning, an error in strict mode)", hint: hint)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these diagnostics stops the build.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics with each one said again elsewhere (same severity, message and hint)
    /// folded into its first, which lists the other places: one cause, one message.
    public func foldingRepeats() -> [Diagnostic] {
        // What a diagnostic says, wherever it is.
        func said(_ diagnostic: Diagnostic) -> Diagnostic { Diagnostic(diagnostic.severity, at: SourceLocation(file: ""), diagnostic.message, hint: diagnostic.hint) }
        var elsewhere: [Diagnostic: [SourceLocation]] = [:]
        var firsts: [Diagnostic] = []
        for diagnostic in self {
            let said = said(diagnostic)
            if elsewhere[said] == nil {
                elsewhere[said] = []
                firsts.append(diagnostic)
            } else {
                elsewhere[said]!.append(diagnostic.location)
            }
        }
        return firsts.map { first in
            let others = elsewhere[said(first)]!
            guard !others.isEmpty else { return first }
            let shown = others.prefix(3).map(\.description).joined(separator: ", ")
            let rest = others.count > 3 ? " and \(others.count - 3) more" : ""
            var folded = first
            folded.message += " (also at \(shown)\(rest))"
            return folded
        }
    }
}
