import Foundation
import PreviewServer
import SiteBuilder
import Testing
import TestSupport

/// A small site in a temporary folder, previewed on a free loopback port with a short poll
/// interval. The templates are a copy, so edits to the repository's do not rebuild it; a file
/// beside the output folder plays the secret that must never be served.
final class PreviewSite: Sendable {
    struct TimedOut: Error {}

    /// How long a test waits for the server before it fails, in seconds (see `eventually`).
    static let patience = 300

    let folder = TemporaryFolder("journeymap-preview")
    let client: LoopbackClient
    private let task: Task<Void, any Error>

    static let secret = "// swift-tools-version: a file beside the output folder, never to be served\n"

    init() async throws {
        ContentSamples.write(into: folder, prefix: "Content/")
        folder.write("Package.swift", Self.secret)
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"),
                                         to: folder.url.appendingPathComponent("Templates"))
        let options = BuildOptions(content: folder.path + "/Content", templates: folder.path + "/Templates",
                                   output: folder.path + "/_site")
        let server = try PreviewServer(options: options, host: "127.0.0.1", port: 0, pollInterval: .milliseconds(50))
        task = Task { try await server.run() }
        let address = try await Self.eventually { await server.address }
        client = LoopbackClient(port: UInt16(try #require(address.port)))
    }

    deinit { task.cancel() }

    /// Cancels the task running the server and waits until `run()` returns.
    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// The text of a file of the output folder, as written.
    func written(_ path: String) -> String? {
        folder.read("_site/" + path)
    }

    /// Asks `probe` every 50 ms until it has an answer, for at most 300 s: the first build of a
    /// server shares two cores with every other test running at the same time, and its tasks wait
    /// for a thread of the test runner's pool while other tests hold both (a whole run takes 2–3 min).
    static func eventually<T>(_ probe: () async throws -> T?) async throws -> T {
        let deadline = ContinuousClock.now + .seconds(Self.patience)
        while ContinuousClock.now < deadline {
            if let value = try await probe() { return value }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TimedOut()
    }
}
