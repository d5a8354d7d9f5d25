import Foundation

/// The rows of the data files (surveys, feedback) loads have parsed, by the files' bytes: loads
/// that share it, such as the two sides of a comparison, parse a file with the same bytes once.
public final class DataFileMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [Data: [[String]]] = [:]

    public init() {}

    /// The rows of a file with these bytes, parsed by `parse` the first time.
    func rows(of data: Data, parse: () throws -> [[String]]) rethrows -> [[String]] {
        if let known = lock.withLock({ rows[data] }) { return known }
        let parsed = try parse()
        lock.withLock { rows[data] = parsed }
        return parsed
    }
}
