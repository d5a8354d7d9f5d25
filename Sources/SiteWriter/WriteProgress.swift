import Foundation

/// How many files of a build are written so far, out of how many; updated from every core,
/// read by a progress display.
public final class WriteProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var total = 0

    public init() {}

    /// Files written so far and files to write; (0, 0) before writing starts.
    public var counts: (done: Int, total: Int) {
        lock.withLock { (done, total) }
    }

    func start(total: Int) {
        lock.withLock { (done, self.total) = (0, total) }
    }

    func advance() {
        lock.withLock { done += 1 }
    }
}
