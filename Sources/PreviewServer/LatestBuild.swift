import SiteBuilder

/// The latest build's outcome, and the open pages waiting to hear of the next build.
actor LatestBuild {
    /// What a request sees of the builds so far.
    struct Status: Sendable {
        /// Counts the builds. A page carries the generation it was served at, so that it knows
        /// when it is out of date.
        var generation = 0
        /// The latest build's report; nil until the first build ends.
        var report: BuildReport?

        /// Whether pages show the latest build's errors in place of the site.
        var failed: Bool { report.map { !$0.succeeded } ?? false }
    }

    private(set) var status = Status()
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    /// Keeps a finished build's report and tells every listener its generation.
    func record(_ report: BuildReport) {
        status.generation += 1
        status.report = report
        for listener in listeners.values { listener.yield(status.generation) }
    }

    /// The generation of each build from now on, starting with the current one; the stream ends
    /// when its reader goes away.
    func generations() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.forget(id) } }
        continuation.yield(status.generation)
        return stream
    }

    private func forget(_ id: Int) {
        listeners[id] = nil
    }
}
