import Dispatch
import SiteBuilder

/// The rebuild loop: builds the site once, then again after every change the watcher sees.
struct SiteRebuilder: Sendable {
    let options: BuildOptions
    let watcher: FolderWatcher
    /// A serial queue, so a thread of its own: a build blocks for its whole run, and must hold up
    /// neither the tasks that answer requests nor the shared dispatch threads.
    private let queue = DispatchQueue(label: "journeymap.preview.build")

    init(options: BuildOptions, watcher: FolderWatcher) {
        self.options = options
        self.watcher = watcher
    }

    /// Builds the site once, on the build queue.
    func build() async -> BuildReport {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: SiteBuild.run(options)) }
        }
    }

    /// Rebuilds after each change since `snapshot`, handing every report to `record`, until the
    /// task is cancelled. The folders are read before each build, so an edit made while a build
    /// runs brings another one.
    func run(from snapshot: FolderWatcher.Snapshot, record: @Sendable (BuildReport) async -> Void) async throws {
        var snapshot = snapshot
        while true {
            snapshot = try await watcher.change(since: snapshot)
            await record(await build())
        }
    }
}
