import Foundation

extension String {
    /// The text without leading and trailing white space.
    func trimmed() -> String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Numbers as they appear in messages: `3`, `-1.5`.
enum Format {
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
