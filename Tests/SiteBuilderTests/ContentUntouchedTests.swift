import Foundation
import Testing
import TestSupport

/// journeymap only reads the content folder: `build`, `check` and `serve` leave every file and
/// folder in it as it was, to the byte and to the nanosecond of its modification time.
@Suite("The content folder is never written")
struct ContentUntouchedTests {
    let folder = TemporaryFolder("journeymap-untouched")
    let templates = ["--templates", repositoryRoot.appendingPathComponent("Templates").path]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func buildCheckAndServeLeaveItAsItWas() async throws {
        let sample = ["sample", "--journeys", "3", "--stages", "4", "--personas", "2", "--survey-rows", "40", "--to", "Content"]
        #expect(try await JourneymapCommand.run(sample, in: folder.url).status == 0)
        folder.write("Content/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        #expect(try await JourneymapCommand.run(["snapshot", "--label", "2026-Q1"] + templates, in: folder.url).status == 0)
        let stamps = folder.stamps(under: "Content"), contents = folder.contents(under: "Content")
        #expect(contents.keys.contains("history/2026-Q1.json") && contents.keys.contains("data/survey.csv"))
        #expect(stamps.count > contents.count, "every file and folder is stamped")

        for command in [["build"], ["build"], ["build", "--force", "--drafts"], ["check"], ["check", "--format", "json"],
                        ["check", "--format", "github"]] {
            #expect(try await JourneymapCommand.run(command + templates, in: folder.url).status == 0, "\(command)")
        }
        try serveUntilItListens()
        #expect(folder.stamps(under: "Content") == stamps)
        #expect(folder.contents(under: "Content") == contents)
    }

    /// Runs `journeymap serve` until it has built the site and listens, then stops it.
    private func serveUntilItListens() throws {
        let log = folder.write("serve.log", "")
        let process = try JourneymapCommand.start(["serve", "--port", "0", "--output", "_preview"] + templates, in: folder.url,
                                                  output: try FileHandle(forWritingTo: log))
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, folder.read("serve.log")?.contains("Serving") != true, Date() < deadline { usleep(10_000) }
        #expect(folder.read("serve.log")?.contains("Serving _preview at http://127.0.0.1:") == true)
        usleep(300_000)
        process.interrupt()
        process.waitUntilExit()
    }
}
