import Foundation
import SiteBuilder

/// The preview behind `journeymap serve`: builds the site, serves it on this machine, and
/// rebuilds it and reloads the open pages whenever a file under the content or templates changes.
///
/// Three parts run side by side. The rebuild loop polls the folders and runs `SiteBuild`; the
/// latest build keeps its outcome and tells open pages through server-sent events; the HTTP
/// server (SwiftNIO) answers from the output folder only. A build with errors writes nothing,
/// so the last good site stays on disk while the pages show the errors in its place.
public final class PreviewServer: Sendable {
    /// What the preview does, for the command line to print.
    public enum Event: Sendable {
        /// The first build, made before the server listens.
        case built(BuildReport)
        /// The server accepts connections at this address.
        case listening(URL)
        /// A build after a change.
        case rebuilt(BuildReport)
    }

    /// Why the preview cannot run.
    public enum Failure: Error, CustomStringConvertible, LocalizedError {
        /// The address to listen on is not an IP address.
        case invalidHost(String)
        /// The server cannot listen on the address, for this reason: the port is taken, say.
        case cannotListen(String)
        /// The first build could not write the output folder, so there is nothing to serve; its
        /// report, already handed out as an event, says why.
        case outputUnavailable

        public var description: String {
            switch self {
            case .invalidHost(let host): "'\(host)' is not an IP address to listen on, e.g. 127.0.0.1 or ::1"
            case .cannotListen(let reason): reason
            case .outputUnavailable: "the site could not be written"
            }
        }

        public var errorDescription: String? { description }
    }

    private let http: HTTPServer
    private let rebuilder: SiteRebuilder
    private let latest: LatestBuild
    private let report: @Sendable (Event) -> Void

    /// A preview of the site `options` builds, to listen on `host` (an IP address) and `port`
    /// (0 for any free port), looking for changes every `pollInterval`.
    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000,
                pollInterval: Duration = .milliseconds(300), report: @escaping @Sendable (Event) -> Void = { _ in }) throws {
        let latest = LatestBuild()
        let handler = PreviewHandler(files: OutputFiles(folder: options.output), latest: latest, hosts: HostCheck(host: host))
        http = HTTPServer(address: try ListenAddress.make(host: host, port: port), handler: handler)
        rebuilder = SiteRebuilder(options: options,
                                  watcher: FolderWatcher(folders: [options.content, options.templatesFolder() ?? options.defaultTemplatesFolder],
                                                         interval: pollInterval))
        self.latest = latest
        self.report = report
    }

    /// Throws `Failure.invalidHost` unless the preview can listen on `host`.
    public static func check(host: String) throws {
        _ = try ListenAddress.make(host: host, port: 0)
    }

    /// The address the server listens on once it does, e.g. `http://127.0.0.1:8000/`.
    public var address: URL? {
        get async { await http.url }
    }

    /// Builds the site, then serves it and rebuilds it after every change until the task is
    /// cancelled. Throws `Failure.outputUnavailable` when the first build could not write the
    /// output folder, and `Failure.cannotListen` when the server cannot listen.
    public func run() async throws {
        let snapshot = rebuilder.watcher.snapshot()
        let first = await rebuilder.build()
        await latest.record(first)
        report(.built(first))
        guard first.failure == nil else { throw Failure.outputUnavailable }

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.http.run { self.report(.listening($0)) } }
            group.addTask {
                try await self.rebuilder.run(from: snapshot) { report in
                    await self.latest.record(report)
                    self.report(.rebuilt(report))
                }
            }
            for try await _ in group {}
        }
    }
}
