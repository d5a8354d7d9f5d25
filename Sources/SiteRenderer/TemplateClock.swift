import Foundation

/// Adds up the time spent in each page template while pages are made on several threads.
public final class TemplateClock: @unchecked Sendable {
    private let lock = NSLock()
    private var totals: [String: (pages: Int, seconds: Double)] = [:]

    public init() {}

    func add(_ template: String, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        totals[template, default: (0, 0)].pages += 1
        totals[template, default: (0, 0)].seconds += seconds
    }

    /// Per template, slowest first.
    public var timings: [SiteRenderer.TemplateTiming] {
        lock.lock()
        defer { lock.unlock() }
        return totals.map { SiteRenderer.TemplateTiming(name: $0.key, pages: $0.value.pages, seconds: $0.value.seconds) }
            .sorted { ($1.seconds, $0.name) < ($0.seconds, $1.name) }
    }
}
