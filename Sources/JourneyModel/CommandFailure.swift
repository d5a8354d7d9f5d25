/// Why a command could not do its work: what is wrong, and what to do about it.
public struct CommandFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// `error: message`, then the hint on its own indented line, as diagnostics print.
    public var description: String {
        "error: \(message)" + (hint.map { "\n    hint: \($0)" } ?? "")
    }
}
