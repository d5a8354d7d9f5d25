import Foundation
import Testing
import TestSupport

/// A build killed with SIGKILL in the middle of writing: each file of the site is whole, old or
/// new, and the next build repairs the site to what a clean build writes.
@Suite("Interrupted builds")
struct InterruptedBuildTests {
    let folder = TemporaryFolder("journeymap-interrupted")
    let build = ["build", "--content", "content", "--templates", repositoryRoot.appendingPathComponent("Templates").path, "--quiet"]

    /// The build cache records this build's own timings, so it is left out of comparisons.
    private func site(_ name: String) -> [String: String] {
        folder.contents(under: name).filter { $0.key != ".journeymap-cache" }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: JourneymapCommand.executable.path)))
    func aKilledBuildLeavesWholeFilesAndTheNextBuildRepairsTheSite() async throws {
        let sample = ["sample", "--journeys", "30", "--stages", "10", "--personas", "5", "--to", "content"]
        #expect(try await JourneymapCommand.run(sample, in: folder.url).status == 0)
        #expect(try await JourneymapCommand.run(build + ["--output", "old"], in: folder.url).status == 0)
        let old = site("old")
        // A new title changes every page and keeps every path: files are replaced, not added.
        let siteFile = try #require(folder.read("content/site.yml"))
        folder.write("content/site.yml", "title: Renamed\n" + siteFile.split(separator: "\n").dropFirst().joined(separator: "\n"))
        #expect(try await JourneymapCommand.run(build + ["--output", "new"], in: folder.url).status == 0)
        let new = site("new")
        #expect(new.count == old.count && new.count > 350)

        var interrupted = false
        for delay in [0.02, 0.1, 0.005, 0.25, 0.05] where !interrupted {
            try? FileManager.default.removeItem(at: folder.url.appendingPathComponent("site"))
            try FileManager.default.copyItem(at: folder.url.appendingPathComponent("old"), to: folder.url.appendingPathComponent("site"))
            try killWhileWriting(into: "site", after: delay)
            let now = site("site").filter { !$0.key.contains(".jm-tmp-") }
            for (path, text) in now {
                #expect(text == old[path] || text == new[path], "\(path) is neither the old nor the new file")
            }
            let replaced = now.contains { old[$0.key] != $0.value }
            let waiting = now.contains { new[$0.key] != $0.value }
            interrupted = replaced && waiting
        }
        #expect(interrupted, "no kill landed while the build was writing")

        #expect(try await JourneymapCommand.run(build + ["--output", "site"], in: folder.url).status == 0)
        #expect(site("site") == new)
    }

    /// Starts a build into `output`, waits until it starts replacing files (the manifest is
    /// rewritten first), lets it write for `delay` seconds, and kills it.
    private func killWhileWriting(into output: String, after delay: Double) throws {
        let manifest = folder.path + "/\(output)/.journeymap-manifest"
        let before = inode(manifest)
        let process = try JourneymapCommand.start(build + ["--output", output], in: folder.url)
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, inode(manifest) == before, Date() < deadline { usleep(200) }
        usleep(UInt32(delay * 1_000_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }
}
